package dev.fahras.cli;

import dev.fahras.corpus.JsonRecord;
import dev.fahras.index.IndexConfig;
import dev.fahras.json.Json;
import dev.fahras.search.Evidence;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.HitExplanation;
import dev.fahras.search.InvalidOptionException;
import dev.fahras.search.InvalidQueryException;
import dev.fahras.search.PassageHit;
import dev.fahras.search.SearchOptions;
import dev.fahras.search.SearchResult;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search an index. Plain mode takes any text: words, \"quoted phrases\", +must and -not.",
      "--advanced takes Lucene syntax with fields: title:, source:, date:[2022-01-01 TO 2022-02-01], prefix*, fuzzy~."
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N")
  int limit;

  @Option(names = "--offset", defaultValue = "0", paramLabel = "N")
  int offset;

  @Option(names = "--json", description = "One JSON object: {\"query\",\"total\",\"hits\":[…]}.")
  boolean json;

  @Option(
      names = "--batch",
      paramLabel = "FILE",
      description =
          "JSON Lines of {\"id\":…,\"q\":…}; prints {\"id\":…,\"hits\":[…]} per line, or"
              + " {\"id\":…,\"hits\":[],\"error\":…} for a query that fails. Exit code 1 when any"
              + " failed (stderr says how many and the first reason).")
  Path batch;

  @Option(names = "--source", paramLabel = "NAME", description = "Only this source (repeatable).")
  Set<String> sources;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD")
  String to;

  @Option(
      names = "--per-doc",
      defaultValue = "2",
      paramLabel = "N",
      description = "Passages per document at most. Default: ${DEFAULT-VALUE}.")
  int perDoc;

  @Option(
      names = "--per-source",
      defaultValue = "0",
      paramLabel = "N",
      description = "Compare sources: the best N passages of each.")
  int perSource;

  @Option(
      names = "--rerank-depth",
      defaultValue = "" + SearchOptions.DEFAULT_RERANK_DEPTH,
      paramLabel = "K",
      description =
          "How many first-stage candidates the exact-form, nearness and answer evidence reranks."
              + " Default: ${DEFAULT-VALUE}.")
  int rerankDepth;

  @Option(names = "--advanced", description = "Lucene query syntax.")
  boolean advanced;

  @Option(names = "--synonyms", paramLabel = "FILE", description = SearchSettings.SYNONYMS_HELP)
  Path synonyms;

  @Option(names = "--no-synonyms", description = SearchSettings.NO_SYNONYMS_HELP)
  boolean noSynonyms;

  @Option(names = "--explain", description = "Show which words matched and why, under each hit.")
  boolean explain;

  @Option(
      names = "--with",
      paramLabel = "EVIDENCE",
      split = ",",
      description = SearchSettings.WITH_HELP)
  Set<Evidence> with = EnumSet.noneOf(Evidence.class);

  @Parameters(arity = "0..*", paramLabel = "QUERY")
  List<String> query;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    if (batch == null && (query == null || query.isEmpty()))
      throw new Main.UsageError("give a QUERY or --batch FILE");
    IndexConfig config = IndexConfig.of(indexFolder.path);
    try (FahrasSearcher searcher =
        FahrasSearcher.open(
            indexFolder.path,
            config,
            SearchSettings.searchConfig(synonyms, noSynonyms, config.synonyms(), with))) {
      if (batch != null) return batch(searcher, options, out);
      String q = String.join(" ", query);
      SearchResult r;
      try {
        r = searcher.search(q, options);
      } catch (InvalidQueryException e) {
        throw new Main.UsageError("invalid query: " + e.getMessage());
      }
      if (json) {
        out.println(Json.result(r));
      } else {
        print(r, searcher, q, options, out);
      }
      out.flush();
      return 0;
    }
  }

  private SearchOptions options() {
    SearchOptions.Builder b = SearchOptions.builder();
    try {
      b.withPerDocument(perDoc).withPerSource(perSource).withLimit(limit).withOffset(offset);
      b.withRerankDepth(rerankDepth);
      if (sources != null) b.withSources(sources);
      b.withDateRange(SearchOptions.parseDate(from), SearchOptions.parseDate(to));
    } catch (InvalidOptionException e) {
      throw new Main.UsageError(FLAGS.getOrDefault(e.option(), e.option()) + " " + e.problem());
    } catch (IllegalArgumentException e) { // a date, a date range
      throw new Main.UsageError(e.getMessage());
    }
    if (advanced) b.withMode(SearchOptions.Mode.ADVANCED);
    return b.build();
  }

  /** The flag of each option the builder names. */
  private static final Map<String, String> FLAGS =
      Map.of(
          "perDocument", "--per-doc",
          "perSource", "--per-source",
          "limit", "--limit",
          "offset", "--offset",
          "rerankDepth", "--rerank-depth");

  private int batch(FahrasSearcher searcher, SearchOptions options, PrintWriter out)
      throws Exception {
    int lineNo = 0;
    int errors = 0;
    int queries = 0;
    String firstError = null;
    if (!Files.isRegularFile(batch)) throw new Main.UsageError("--batch: no such file: " + batch);
    try (BufferedReader r = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        String where = batch + ":" + lineNo;
        queries++;
        JsonRecord record;
        try {
          record = JsonRecord.parse(line);
        } catch (JsonRecord.MalformedException e) {
          // a bad line is an error record, and the batch goes on
          String message = "line " + lineNo + ": malformed JSON: " + e.getMessage();
          if (errors++ == 0)
            firstError = batch + ":" + lineNo + ": malformed JSON: " + e.getMessage();
          out.println(Json.batchLine(null, List.of(), message));
          continue;
        }
        JsonRecord.Value id = record.members().get("id");
        String idJson = id == null ? null : id.json();
        String q = record.string("q");
        if (q == null) {
          String message = "line " + lineNo + ": expected {\"id\":…,\"q\":\"…\"}, with q a string";
          if (errors++ == 0) firstError = where + ": expected {\"id\":…,\"q\":…}";
          out.println(Json.batchLine(idJson, List.of(), message));
          continue;
        }
        try {
          out.println(Json.batchLine(idJson, searcher.search(q, options).hits(), null));
        } catch (InvalidQueryException e) {
          if (errors++ == 0) firstError = where + ": " + e.getMessage();
          out.println(Json.batchLine(idJson, List.of(), e.getMessage()));
        }
      }
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          batch + ": not UTF-8 text (after line " + lineNo + "); save it as UTF-8");
    }
    out.flush();
    if (errors > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "fahras search: "
              + errors
              + " of "
              + queries
              + " queries failed (their lines carry \"error\"); the first: "
              + firstError);
      err.flush();
      return 1;
    }
    return 0;
  }

  private void print(
      SearchResult r, FahrasSearcher searcher, String q, SearchOptions options, PrintWriter out)
      throws Exception {
    boolean tty = System.console() != null;
    out.printf(
        Locale.ROOT,
        "%d passages match, %d shown (%d ms)%n",
        r.total(),
        r.hits().size(),
        r.tookMillis());
    if (r.notice() != null) out.println("note: " + r.notice().message());
    if (r.readAs() != null) out.println("read as: " + TerminalText.safe(r.readAs()));
    if (r.didYouMean() != null) out.println("did you mean: " + TerminalText.safe(r.didYouMean()));
    for (PassageHit h : r.hits()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "#%d  %s  score %.3f%n",
          h.rank(),
          TerminalText.field(h.source()),
          h.score());
      out.printf(
          Locale.ROOT,
          "    %s#%d  %s%s%n",
          TerminalText.field(h.docId()),
          h.passage(),
          h.date().isEmpty() ? "" : h.date() + "  ",
          TerminalText.field(h.title()));
      out.println("    " + TerminalText.marked(h, tty));
      if (explain) {
        HitExplanation e = searcher.explain(q, options, h);
        for (HitExplanation.WordMatch m : e.matches()) {
          out.printf(
              Locale.ROOT,
              "      matched %s  (%s term %s)%n",
              TerminalText.field(m.word()),
              m.field(),
              TerminalText.field(m.term()));
        }
      }
    }
  }
}
