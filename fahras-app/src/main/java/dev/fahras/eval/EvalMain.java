package dev.fahras.eval;

import dev.fahras.analysis.Synonyms;
import dev.fahras.search.SearcherConfig;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints the evaluation table, Fahras beside stock Lucene. Arguments: {@code [--queries FILE]
 * [--corpus DIR] [--per-query]}; defaults: the bundled {@code testdata/eval/queries.jsonl} and
 * {@code testdata}. Exit code 3 when Fahras falls below the baseline overall (MRR@10 or
 * SourceRecall@10): the CI regression guard.
 */
public final class EvalMain {
  private EvalMain() {}

  public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Path queriesFile = Path.of("testdata/eval/queries.jsonl");
    Path corpus = Path.of("testdata");
    boolean perQuery = false;
    boolean stemmers = false;
    Path topics = null;
    Path qrels = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--queries" -> queriesFile = Path.of(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--per-query" -> perQuery = true;
        case "--stemmers" -> stemmers = true;
        case "--topics" -> topics = Path.of(args[++i]);
        case "--qrels" -> qrels = Path.of(args[++i]);
        default -> {
          err.println("fahras eval: unknown option '" + args[i] + "'");
          return 2;
        }
      }
    }
    if (topics != null || qrels != null) {
      if (topics == null || qrels == null) {
        err.println("fahras eval: --topics and --qrels go together");
        return 2;
      }
      TrecEval trec = new TrecEval(topics, qrels);
      out.println("| system | MAP@10 | MRR@10 | nDCG@10 | Recall@100 |");
      out.println("|---|--:|--:|--:|--:|");
      try (RetrievalSystem f = new FahrasSystem(corpus, SearcherConfig.defaults(), "Fahras")) {
        out.println(TrecEval.row("Fahras", trec.run(f)));
      }
      if (!trec.passageLevel()) {
        try (RetrievalSystem s = new StockLuceneSystem(corpus)) {
          out.println(TrecEval.row("Lucene ArabicAnalyzer", trec.run(s)));
        }
      } else {
        out.println("(passage-level judgments name Fahras passages; stock Lucene's line passages are not comparable)");
      }
      return 0;
    }
    if (stemmers) {
      StemmerComparison.run(queriesFile, corpus, out);
      return 0;
    }
    Evaluation eval = new Evaluation(EvalQuery.read(queriesFile), corpus);
    List<Evaluation.QueryOutcome> outcomes = new ArrayList<>();
    Map<String, Evaluation.Metrics> fahras;
    Map<String, Evaluation.Metrics> stock;
    Map<String, Evaluation.Metrics> withSynonyms = null;
    Path synonyms = java.nio.file.Files.isDirectory(corpus) ? corpus.resolve("synonyms.txt") : null;
    try (RetrievalSystem f = new FahrasSystem(corpus, SearcherConfig.defaults(), "Fahras");
        RetrievalSystem s = new StockLuceneSystem(corpus)) {
      fahras = eval.run(f, outcomes);
      stock = eval.run(s, outcomes);
    }
    if (synonyms != null && java.nio.file.Files.isRegularFile(synonyms)) {
      SearcherConfig config = SearcherConfig.builder().withSynonyms(Synonyms.defaultsAnd(synonyms)).build();
      try (RetrievalSystem f = new FahrasSystem(corpus, config, "Fahras+corpus synonyms")) {
        withSynonyms = eval.run(f, outcomes);
      }
    }
    out.println("Fahras with its defaults beside stock Lucene:");
    out.println();
    out.print(Evaluation.table("Fahras", fahras, "Lucene", stock));
    if (withSynonyms != null) {
      out.println();
      out.println("Fahras with the corpus's own synonyms (" + synonyms + ", added to the built-in set) beside stock Lucene:");
      out.println();
      out.print(Evaluation.table("Fahras+syn", withSynonyms, "Lucene", stock));
    }
    if (perQuery) {
      out.println();
      out.println("| query | system | first relevant rank | SourceRecall@10 |");
      out.println("|---|---|--:|--:|");
      outcomes.sort(java.util.Comparator.comparing(Evaluation.QueryOutcome::id));
      for (var o : outcomes) {
        out.printf(java.util.Locale.ROOT, "| %s | %s | %s | %.2f |%n", o.id(), o.system(), o.firstRelevantRank() == 0 ? "-" : o.firstRelevantRank(), o.sourceRecall());
      }
    }
    var fo = fahras.get(Evaluation.OVERALL);
    var so = stock.get(Evaluation.OVERALL);
    if (fo.mrr() < so.mrr() || fo.sourceRecall() < so.sourceRecall()) {
      err.println("fahras eval: Fahras is below stock Lucene overall");
      return 3;
    }
    return 0;
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }
}
