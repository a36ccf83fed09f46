package dev.fahras.eval;

import dev.fahras.analysis.Synonyms;
import dev.fahras.search.Evidence;
import dev.fahras.search.SearcherConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints the evaluation tables, Fahras beside stock Lucene. Returns 3 when Fahras falls below the
 * baseline overall (MRR@10 or SourceRecall@10): the CI regression guard.
 */
public final class EvalReport {
  private EvalReport() {}

  /**
   * What to evaluate: answer-pattern queries over a corpus, or TREC topics and qrels (both or
   * neither), per query or not, the stemmer comparison, or what each ranking evidence contributes.
   */
  public record Settings(
      Path queries,
      Path corpus,
      Path topics,
      Path qrels,
      boolean perQuery,
      boolean stemmers,
      boolean ablation,
      Set<Evidence> without) {
    public Settings {
      if ((topics == null) != (qrels == null))
        throw new IllegalArgumentException("topics and qrels go together");
      without = Set.copyOf(without);
    }

    /** Fahras's configuration: the defaults, less the evidence switched off. */
    SearcherConfig.Builder fahras() {
      return SearcherConfig.builder().withoutEvidence(without.toArray(Evidence[]::new));
    }
  }

  public static int run(Settings settings, PrintStream out, PrintStream err) throws Exception {
    Path queriesFile = settings.queries();
    Path corpus = settings.corpus();
    Path topics = settings.topics();
    Path qrels = settings.qrels();
    if (settings.ablation()) {
      if (topics != null) Ablation.trec(topics, qrels, corpus, out);
      else Ablation.patterns(queriesFile, corpus, out);
      return 0;
    }
    if (topics != null) {
      TrecEval trec = new TrecEval(topics, qrels);
      out.println("| system | MAP@10 | MRR@10 | nDCG@10 | Recall@100 |");
      out.println("|---|--:|--:|--:|--:|");
      Map<String, Integer> fahrasRanks;
      try (RetrievalSystem f = new FahrasSystem(corpus, settings.fahras().build(), "Fahras")) {
        out.println(TrecEval.row("Fahras", trec.run(f)));
        fahrasRanks = trec.firstRanks();
      }
      if (!trec.passageLevel()) {
        try (RetrievalSystem s = new StockLuceneSystem(corpus)) {
          out.println(TrecEval.row("Lucene ArabicAnalyzer", trec.run(s)));
        }
        if (settings.perQuery()) printRanks(trec, fahrasRanks, trec.firstRanks(), out);
      } else {
        out.println(
            "(passage-level judgments name Fahras passages; stock Lucene's line passages are not comparable)");
      }
      return 0;
    }
    if (settings.stemmers()) {
      StemmerComparison.run(queriesFile, corpus, out);
      return 0;
    }
    Evaluation eval = new Evaluation(EvalQuery.read(queriesFile), corpus);
    List<Evaluation.QueryOutcome> outcomes = new ArrayList<>();
    Map<String, Evaluation.Metrics> fahras;
    Map<String, Evaluation.Metrics> stock;
    Map<String, Evaluation.Metrics> withSynonyms = null;
    Path synonyms = Files.isDirectory(corpus) ? corpus.resolve("synonyms.txt") : null;
    try (RetrievalSystem f = new FahrasSystem(corpus, settings.fahras().build(), "Fahras");
        RetrievalSystem s = new StockLuceneSystem(corpus)) {
      fahras = eval.run(f, outcomes);
      stock = eval.run(s, outcomes);
    }
    if (synonyms != null && Files.isRegularFile(synonyms)) {
      SearcherConfig config =
          settings.fahras().withSynonyms(Synonyms.defaultsAnd(synonyms)).build();
      try (RetrievalSystem f = new FahrasSystem(corpus, config, "Fahras+corpus synonyms")) {
        withSynonyms = eval.run(f, outcomes);
      }
    }
    out.println("Fahras with its defaults beside stock Lucene:");
    out.println();
    out.print(Evaluation.table("Fahras", fahras, "Lucene", stock));
    if (withSynonyms != null) {
      out.println();
      out.println(
          "Fahras with the corpus's own synonyms (its synonyms.txt, added to the built-in set)"
              + " beside stock Lucene:");
      out.println();
      out.print(Evaluation.table("Fahras+syn", withSynonyms, "Lucene", stock));
    }
    if (settings.perQuery()) {
      out.println();
      out.println("| query | system | first relevant rank | SourceRecall@10 |");
      out.println("|---|---|--:|--:|");
      outcomes.sort(Comparator.comparing(Evaluation.QueryOutcome::id));
      for (var o : outcomes) {
        out.printf(
            Locale.ROOT,
            "| %s | %s | %s | %.2f |%n",
            o.id(),
            o.system(),
            o.firstRelevantRank() == 0 ? "-" : o.firstRelevantRank(),
            o.sourceRecall());
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

  /** Each topic's first relevant rank for Fahras and stock ("-": not in the top 10). */
  private static void printRanks(
      TrecEval trec, Map<String, Integer> fahras, Map<String, Integer> stock, PrintStream out) {
    out.println();
    out.println("| topic | Fahras | stock | query |");
    out.println("|---|--:|--:|---|");
    fahras.forEach(
        (id, rank) ->
            out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s |%n",
                id,
                rank == 0 ? "-" : rank,
                stock.getOrDefault(id, 0) == 0 ? "-" : stock.get(id),
                trec.topic(id)));
  }
}
