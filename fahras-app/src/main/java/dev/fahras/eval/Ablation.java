package dev.fahras.eval;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.Evidence;
import dev.fahras.search.SearcherConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What each kind of ranking evidence contributes: the same evaluation with the default ranking,
 * then with each kind toggled in turn ({@link Evidence}): a default kind switched off (a negative
 * change means it helps), an opt-in kind switched on (a positive change means it would help); then
 * each expansion of the analysis switched off, the index built again ({@link Expansion}). Each
 * change comes with its 95% interval and the p-value of a paired randomization test ({@link
 * PairedTest}).
 */
final class Ablation {
  private Ablation() {}

  /** Runs one configuration on the query set. */
  interface Run {
    Scores of(IndexConfig index, SearcherConfig config) throws IOException;

    default Scores of(SearcherConfig config) throws IOException {
      return of(IndexConfig.defaults(), config);
    }
  }

  /**
   * An expansion the analysis makes at index time (and query time), switched off by building the
   * index again without it: what a search-time switch cannot measure.
   */
  enum Expansion {
    SECOND_READINGS(
        "second readings of a word that may start with proclitics (وأدرى as ادر and وادر)"),
    NUMBER_WORDS("number words read as digits (ثلاثمئة وأربعة وسبعين as 374)"),
    MONTH_NAMES("month names of every calendar read as one (كانون الثاني, يناير, 1)"),
    DAGGER_ALEF("both readings of a superscript alef");

    final String what;

    Expansion(String what) {
      this.what = what;
    }

    IndexConfig without() {
      FahrasArabicAnalyzer.Builder b = IndexConfig.defaults().analyzer().toBuilder();
      switch (this) {
        case SECOND_READINGS -> b.withStemAlternatives(false);
        case NUMBER_WORDS -> b.withNumbers(false);
        case MONTH_NAMES -> b.withMonths(false);
        case DAGGER_ALEF -> b.withDaggerAlef(false);
      }
      return IndexConfig.defaults().toBuilder().withAnalyzer(b.build()).build();
    }
  }

  /**
   * Fahras over {@code corpus} with a configuration, scored on TREC judgments ({@code trec}) or,
   * when it is null, on answer patterns ({@code eval}).
   */
  static Run over(Path corpus, TrecEval trec, Evaluation eval) {
    return (index, config) -> {
      try (FahrasSystem f = new FahrasSystem(corpus, index, config, "Fahras")) {
        return trec != null ? Scores.trec(trec, f) : Scores.patterns(eval, f);
      }
    };
  }

  /** Answer-pattern queries over a corpus. */
  static void patterns(Evaluation eval, Path corpus, PrintStream out) throws Exception {
    table(out, over(corpus, null, eval));
  }

  /** TREC topics and qrels. */
  static void trec(TrecEval trec, Path corpus, PrintStream out) throws Exception {
    table(out, over(corpus, trec, null));
  }

  static void table(PrintStream out, Run run) throws IOException {
    Scores all = run.of(SearcherConfig.defaults());
    header(out, all);
    out.printf(
        Locale.ROOT,
        "| the default | %.3f | | | %.3f | | |%n",
        mean(all.firstScores()),
        mean(all.secondScores()));
    for (Evidence kind : Evidence.values()) {
      Scores toggled = run.of(toggle(SearcherConfig.builder(), kind).build());
      row(out, toggledLabel(kind), toggled.against(all));
    }
    for (Expansion e : Expansion.values()) {
      Scores without = run.of(e.without(), SearcherConfig.defaults());
      row(
          out,
          "without " + e.name().toLowerCase(Locale.ROOT) + " (index built again)",
          without.against(all));
    }
  }

  /** A default kind switched off, an opt-in kind switched on. */
  static SearcherConfig.Builder toggle(SearcherConfig.Builder b, Evidence kind) {
    return kind.onByDefault() ? b.withoutEvidence(kind) : b.withEvidence(kind);
  }

  static String toggledLabel(Evidence kind) {
    return (kind.onByDefault() ? "without " : "with ") + kind.name().toLowerCase(Locale.ROOT);
  }

  static void header(PrintStream out, Scores s) {
    out.printf(
        Locale.ROOT,
        "| Fahras | %1$s | change [95%% CI] | p | %2$s | change [95%% CI] | p |%n",
        s.first(),
        s.second());
    out.println("|---|--:|--:|--:|--:|--:|--:|");
  }

  static void row(PrintStream out, String label, PairedTest.Result[] r) {
    out.printf(
        Locale.ROOT,
        "| %s | %.3f | %s | %.3f | %s |%n",
        label,
        r[0].meanB(),
        Scores.difference(r[0]),
        r[1].meanB(),
        Scores.difference(r[1]));
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    return x.length == 0 ? 0 : s / x.length;
  }
}
