package dev.fahras.cli;

import dev.fahras.eval.EvalQuery;
import dev.fahras.eval.EvalReport;
import dev.fahras.eval.Half;
import dev.fahras.eval.QuoteEval;
import dev.fahras.eval.SourceComparisonEval;
import dev.fahras.eval.TypingEval;
import dev.fahras.search.Evidence;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate relevance: Fahras beside stock Lucene (ArabicAnalyzer, BM25, one passage per line, OR).",
      "Prints MRR@10, Success@1, Success@10 and SourceRecall@10 per category and overall.",
      "With --topics and --qrels: TREC-style judgments (MAP@10, MRR@10, nDCG@10, Recall@100)."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--queries",
      paramLabel = "FILE",
      description =
          "Queries with answer patterns (JSON Lines). Default: the bundled set"
              + " (testdata/eval/queries.jsonl, carried in the jar).")
  Path queries;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "The corpus (folder or .jsonl). Default: the bundled reports (testdata).")
  Path corpus;

  @Option(
      names = "--topics",
      paramLabel = "FILE",
      description = "TREC topics: 'id<TAB>query' lines.")
  Path topics;

  @Option(
      names = "--qrels",
      paramLabel = "FILE",
      description = "TREC qrels: 'topic 0 docid relevance' lines (document or docid#passage ids).")
  Path qrels;

  @Option(names = "--per-query", description = "Also print each query's first relevant rank.")
  boolean perQuery;

  @Option(
      names = "--stemmers",
      description =
          "Compare stemmers (none, Lucene ArabicStemmer, Snowball, Fahras) in one pipeline.")
  boolean stemmers;

  @Option(
      names = "--ablation",
      description =
          "What each ranking evidence contributes: the default ranking, then each kind toggled"
              + " (a default kind off, an opt-in kind on), with 95%% intervals and p-values.")
  boolean ablation;

  @Option(
      names = "--without",
      paramLabel = "EVIDENCE",
      split = ",",
      description =
          "Run Fahras with this ranking evidence off (repeatable; with --per-query, which queries"
              + " it moves): ${COMPLETION-CANDIDATES}.")
  Set<Evidence> without = EnumSet.noneOf(Evidence.class);

  @Option(
      names = "--with",
      paramLabel = "EVIDENCE",
      split = ",",
      description = "Run Fahras with this opt-in ranking evidence on as well (repeatable).")
  Set<Evidence> with = EnumSet.noneOf(Evidence.class);

  @Option(
      names = "--compare",
      paramLabel = "EVIDENCE",
      split = ",",
      description =
          "Compare Fahras (--with, --without applied) with the same with these kinds toggled (a"
              + " default kind off, an opt-in kind on): each measure's change, its 95%% interval"
              + " and the p-value of a paired randomization test.")
  Set<Evidence> compare = EnumSet.noneOf(Evidence.class);

  @Option(
      names = "--half",
      paramLabel = "A|B",
      description =
          "Only half of the queries or topics, fixed by a hash of their ids: calibrate on one,"
              + " report on the other.")
  Half half;

  @Option(
      names = "--typing",
      description =
          "Score the typing aids on the bundled sets (testdata/eval/typing): completions,"
              + " misspellings, wrong keyboard layouts, Latin-script queries; and the"
              + " false-suggestion rate on correct queries (the bundled and dev queries, or"
              + " --topics over --corpus).")
  boolean typing;

  @Option(
      names = "--compare-sources",
      description =
          "Score counterparts (compare) against the facts of testdata/eval/same-facts.tsv on the"
              + " bundled reports, or --facts over --corpus: recall@3, precision, and how many"
              + " passages no other source tells get none.")
  boolean compareSources;

  @Option(
      names = "--facts",
      paramLabel = "FILE",
      description = "Gold facts for --compare-sources: 'fact<TAB>docId#n …<TAB>what it is' lines.")
  Path facts;

  @Option(
      names = "--figures",
      paramLabel = "FILE",
      description =
          "Gold figures for --compare-sources: 'docId#n<TAB>figure<TAB>what it counts' lines, each"
              + " thing asked as كم عدد + it (default with the bundled reports:"
              + " testdata/eval/figures.tsv).")
  Path figures;

  @Option(
      names = "--quotes",
      description =
          "Score the quote finder on quotes generated from the first --docs documents of --corpus"
              + " (JSON Lines whose sentences repeat across documents: bench-data/corpus.jsonl"
              + " from bench/make-corpus.sh), changed as people change quotes: recall and precision"
              + " of the documents carrying each.")
  boolean quotes;

  @Option(
      names = "--docs",
      defaultValue = "5000",
      paramLabel = "N",
      description = "Documents indexed for --quotes. Default: ${DEFAULT-VALUE}.")
  int docs;

  @Option(
      names = "--count",
      defaultValue = "300",
      paramLabel = "N",
      description = "Quotes generated for --quotes. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(
      names = "--seed",
      defaultValue = "7",
      paramLabel = "N",
      description =
          "Seed of the quotes --quotes generates. Default: ${DEFAULT-VALUE}, the quotes the"
              + " whole-text share was chosen on; another seed confirms it.")
  long seed;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((topics == null) != (qrels == null) && !(typing && qrels == null))
      throw new Main.UsageError("--topics and --qrels go together");
    if ((facts != null || figures != null) && !compareSources) {
      throw new Main.UsageError("--facts and --figures go with --compare-sources");
    }
    if (quotes && (corpus == null || Files.isDirectory(corpus))) {
      throw new Main.UsageError(
          "--quotes needs --corpus FILE.jsonl whose sentences repeat across documents, e.g."
              + " bench-data/corpus.jsonl (bench/make-corpus.sh writes it)");
    }
    if (docs < 1 || count < 1) throw new Main.UsageError("--docs and --count must be at least 1");
    for (Path p : new Path[] {corpus, queries, topics, qrels, facts, figures}) {
      if (p != null && !Files.exists(p)) throw new Main.UsageError("no such file or folder: " + p);
    }
    // the bundled set and reports travel in the jar: eval runs from any folder
    Path corpus = this.corpus != null ? this.corpus : BundledData.extractCorpus();
    Path queries =
        this.queries != null ? this.queries : BundledData.extractResource("eval/queries.jsonl");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    spec.commandLine().getOut().flush();
    if (typing) return typing(corpus, out);
    if (quotes) {
      QuoteEval.run(corpus, docs, count, seed, perQuery, out);
      return 0;
    }
    if (compareSources) {
      boolean bundled = this.corpus == null;
      Path gold = facts != null ? facts : BundledData.extractResource("eval/same-facts.tsv");
      Path figureGold =
          figures != null
              ? figures
              : bundled ? BundledData.extractResource("eval/figures.tsv") : null;
      SourceComparisonEval.run(corpus, gold, figureGold, perQuery, out);
      return 0;
    }
    return EvalReport.run(
        new EvalReport.Settings(
            queries, corpus, topics, qrels, perQuery, stemmers, ablation, with, without, compare,
            half),
        out,
        err);
  }

  private int typing(Path corpus, PrintStream out) throws Exception {
    if (topics != null) {
      List<String> questions = new ArrayList<>();
      for (String[] row : TypingEval.rows(topics, 2)) questions.add(row[1]);
      TypingEval.falseSuggestions(
          corpus, topics.getFileName().toString(), questions, perQuery, out);
      return 0;
    }
    TypingEval.Sets sets =
        new TypingEval.Sets(
            BundledData.extractResource("eval/typing/prefixes.tsv"),
            BundledData.extractResource("eval/typing/misspellings.tsv"),
            BundledData.extractResource("eval/typing/layouts.tsv"),
            BundledData.extractResource("eval/typing/transliterations.tsv"));
    Map<String, List<String>> correct = new LinkedHashMap<>();
    for (String set : new String[] {"queries.jsonl", "dev-queries.jsonl"}) {
      Path file = BundledData.extractResource("eval/" + set);
      correct.put(set, EvalQuery.read(file).stream().map(EvalQuery::query).toList());
    }
    TypingEval.run(sets, corpus, correct, perQuery, out);
    return 0;
  }
}
