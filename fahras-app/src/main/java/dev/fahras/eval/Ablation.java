package dev.fahras.eval;

import dev.fahras.search.Evidence;
import dev.fahras.search.SearcherConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What each kind of ranking evidence contributes: the same evaluation with all of it, then with
 * each kind switched off in turn ({@link Evidence}); a negative change means the evidence helps.
 * Each change comes with its 95% interval and the p-value of a paired randomization test ({@link
 * PairedTest}).
 */
final class Ablation {
  private Ablation() {}

  /** Runs one configuration on the query set. */
  interface Run {
    Scores of(SearcherConfig config) throws IOException;
  }

  /** Answer-pattern queries over a corpus. */
  static void patterns(Evaluation eval, Path corpus, PrintStream out) throws Exception {
    table(
        out,
        config -> {
          try (FahrasSystem f = new FahrasSystem(corpus, config, "Fahras")) {
            return Scores.patterns(eval, f);
          }
        });
  }

  /** TREC topics and qrels. */
  static void trec(TrecEval trec, Path corpus, PrintStream out) throws Exception {
    table(
        out,
        config -> {
          try (FahrasSystem f = new FahrasSystem(corpus, config, "Fahras")) {
            return Scores.trec(trec, f);
          }
        });
  }

  static void table(PrintStream out, Run run) throws IOException {
    Scores all = run.of(SearcherConfig.defaults());
    header(out, all);
    out.printf(
        Locale.ROOT,
        "| all evidence | %.3f | | | %.3f | | |%n",
        mean(all.firstScores()),
        mean(all.secondScores()));
    for (Evidence off : Evidence.values()) {
      Scores without = run.of(SearcherConfig.builder().withoutEvidence(off).build());
      row(out, "without " + off.name().toLowerCase(Locale.ROOT), without.against(all));
    }
  }

  static void header(PrintStream out, Scores s) {
    out.printf(
        "| Fahras | %1$s | change [95%% CI] | p | %2$s | change [95%% CI] | p |%n",
        s.first(), s.second());
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
