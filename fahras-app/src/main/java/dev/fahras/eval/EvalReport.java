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
      Set<Evidence> with,
      Set<Evidence> without,
      Set<Evidence> compare,
      Half half) {
    public Settings {
      if ((topics == null) != (qrels == null))
        throw new IllegalArgumentException("topics and qrels go together");
      with = Set.copyOf(with);
      without = Set.copyOf(without);
      compare = Set.copyOf(compare);
    }

    /** The whole set, every evidence on, nothing compared. */
    public Settings(
        Path queries,
        Path corpus,
        Path topics,
        Path qrels,
        boolean perQuery,
        boolean stemmers,
        boolean ablation,
        Set<Evidence> without) {
      this(
          queries, corpus, topics, qrels, perQuery, stemmers, ablation, Set.of(), without, Set.of(),
          null);
    }

    /** Fahras's configuration: the defaults, less the evidence switched off. */
    SearcherConfig.Builder fahras() {
      return SearcherConfig.builder()
          .withEvidence(with.toArray(Evidence[]::new))
          .withoutEvidence(without.toArray(Evidence[]::new));
    }
  }

  public static int run(Settings settings, PrintStream out, PrintStream err) throws Exception {
    Path queriesFile = settings.queries();
    Path corpus = settings.corpus();
    Path topics = settings.topics();
    Path qrels = settings.qrels();
    Half half = settings.half();
    TrecEval trec = topics == null ? null : new TrecEval(topics, qrels, half);
    Evaluation eval =
        topics != null || settings.stemmers()
            ? null
            : new Evaluation(
                EvalQuery.read(queriesFile).stream().filter(q -> Half.holds(half, q.id())).toList(),
                corpus);
    if (half != null) {
      out.println("(half " + half + " of the queries, by a hash of their ids)");
      out.println();
    }
    if (settings.ablation()) {
      if (trec != null) Ablation.trec(trec, corpus, out);
      else Ablation.patterns(eval, corpus, out);
      return 0;
    }
    if (!settings.compare().isEmpty()) {
      compare(settings, trec, eval, corpus, out);
      return 0;
    }
    if (trec != null) {
      out.println("| system | MAP@10 | MRR@10 | nDCG@10 | Recall@100 |");
      out.println("|---|--:|--:|--:|--:|");
      Map<String, Integer> fahrasRanks;
      Scores fahrasScores;
      try (RetrievalSystem f = new FahrasSystem(corpus, settings.fahras().build(), "Fahras")) {
        out.println(TrecEval.row("Fahras", trec.run(f)));
        fahrasRanks = trec.firstRanks();
        fahrasScores = perTopic(trec);
      }
      if (!trec.passageLevel()) {
        Scores stockScores;
        try (RetrievalSystem s = new StockLuceneSystem(corpus)) {
          out.println(TrecEval.row("Lucene ArabicAnalyzer", trec.run(s)));
          stockScores = perTopic(trec);
        }
        out.println();
        Ablation.header(out, fahrasScores);
        Ablation.row(out, "Fahras against stock Lucene", fahrasScores.against(stockScores));
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
    List<Evaluation.QueryOutcome> outcomes = new ArrayList<>();
    Map<String, Evaluation.Metrics> fahras;
    Map<String, Evaluation.Metrics> stock;
    Map<String, Evaluation.Metrics> withSynonyms = null;
    Path synonyms = Files.isDirectory(corpus) ? corpus.resolve("synonyms.txt") : null;
    Scores fahrasScores;
    Scores stockScores;
    try (RetrievalSystem f = new FahrasSystem(corpus, settings.fahras().build(), "Fahras");
        RetrievalSystem s = new StockLuceneSystem(corpus)) {
      List<Evaluation.QueryOutcome> mine = new ArrayList<>();
      fahras = eval.run(f, mine);
      List<Evaluation.QueryOutcome> theirs = new ArrayList<>();
      stock = eval.run(s, theirs);
      fahrasScores = Scores.of(mine);
      stockScores = Scores.of(theirs);
      outcomes.addAll(mine);
      outcomes.addAll(theirs);
    }
    if (synonyms != null && Files.isRegularFile(synonyms)) {
      SearcherConfig config =
          settings
              .fahras()
              .withSynonyms(
                  settings.with().contains(Evidence.BUILT_IN_SYNONYMS)
                      ? Synonyms.defaultsAnd(synonyms)
                      : Synonyms.read(synonyms))
              .build();
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
          "Fahras with the corpus's own synonyms (its synonyms.txt)" + " beside stock Lucene:");
      out.println();
      out.print(Evaluation.table("Fahras+syn", withSynonyms, "Lucene", stock));
    }
    out.println();
    Ablation.header(out, fahrasScores);
    Ablation.row(out, "Fahras against stock Lucene", fahrasScores.against(stockScores));
    out.printf(Locale.ROOT, "%n%s%n", PairedTest.METHOD);
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

  /** The per-topic scores of the last run of {@code trec}. */
  private static Scores perTopic(TrecEval trec) {
    var perTopic = trec.perTopic().values();
    double[] ap = perTopic.stream().mapToDouble(s -> s[0]).toArray();
    double[] rr = perTopic.stream().mapToDouble(s -> s[1]).toArray();
    return new Scores("MAP@10", "MRR@10", ap, rr);
  }

  /**
   * Fahras (less {@code --without}) against the same with the {@code --compare} kinds switched off,
   * on one query set: each measure's change, its 95% interval and p-value.
   */
  private static void compare(
      Settings settings, TrecEval trec, Evaluation eval, Path corpus, PrintStream out)
      throws Exception {
    SearcherConfig base = settings.fahras().build();
    SearcherConfig.Builder toggled = settings.fahras();
    for (Evidence kind : settings.compare()) {
      if (base.evidenceOff().contains(kind)) toggled.withEvidence(kind);
      else toggled.withoutEvidence(kind);
    }
    SearcherConfig variant = toggled.build();
    Ablation.Run run = Ablation.over(corpus, trec, eval);
    Scores a = run.of(base);
    Scores b = run.of(variant);
    String label =
        String.join(
            ", ",
            settings.compare().stream()
                .map(
                    e ->
                        (base.evidenceOff().contains(e) ? "with " : "without ")
                            + e.name().toLowerCase(Locale.ROOT))
                .sorted()
                .toList());
    Ablation.header(out, a);
    out.printf(
        Locale.ROOT,
        "| %s | %.3f | | | %.3f | | |%n",
        settings.without().isEmpty() && settings.with().isEmpty()
            ? "the default"
            : "the base (--with, --without)",
        b.against(a)[0].meanA(),
        b.against(a)[1].meanA());
    Ablation.row(out, label, b.against(a));
    out.printf(Locale.ROOT, "%n%d queries; %s%n", a.firstScores().length, PairedTest.METHOD);
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
