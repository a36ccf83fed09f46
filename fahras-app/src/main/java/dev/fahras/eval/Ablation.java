package dev.fahras.eval;

import dev.fahras.search.Evidence;
import dev.fahras.search.SearcherConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/**
 * What each kind of ranking evidence contributes: the same evaluation with all of it, then with
 * each kind switched off in turn ({@link Evidence}); a negative change means the evidence helps.
 */
final class Ablation {
  private Ablation() {}

  /** Answer-pattern queries over a corpus: MRR@10 and SourceRecall@10 overall. */
  static void patterns(Path queries, Path corpus, PrintStream out) throws Exception {
    Evaluation eval = new Evaluation(EvalQuery.read(queries), corpus);
    out.println("| Fahras | MRR@10 | change | SourceRecall@10 | change |");
    out.println("|---|--:|--:|--:|--:|");
    double[] all = null;
    for (Evidence off : withNone()) {
      double[] m = patternsRun(eval, corpus, off);
      if (all == null) all = m;
      row(out, off, m, all);
    }
  }

  /** TREC topics and qrels: MAP@10 and nDCG@10. */
  static void trec(Path topics, Path qrels, Path corpus, PrintStream out) throws Exception {
    TrecEval trec = new TrecEval(topics, qrels);
    out.println("| Fahras | MAP@10 | change | nDCG@10 | change |");
    out.println("|---|--:|--:|--:|--:|");
    double[] all = null;
    for (Evidence off : withNone()) {
      double[] m;
      try (RetrievalSystem f = new FahrasSystem(corpus, config(off), "Fahras")) {
        double[] r = trec.run(f);
        m = new double[] {r[0], r[2]};
      }
      if (all == null) all = m;
      row(out, off, m, all);
    }
  }

  private static double[] patternsRun(Evaluation eval, Path corpus, Evidence off) throws Exception {
    try (RetrievalSystem f = new FahrasSystem(corpus, config(off), "Fahras")) {
      Evaluation.Metrics m = eval.run(f, new ArrayList<>()).get(Evaluation.OVERALL);
      return new double[] {m.mrr(), m.sourceRecall()};
    }
  }

  /** Null (nothing off) first, then every kind. */
  private static Evidence[] withNone() {
    Evidence[] kinds = Evidence.values();
    Evidence[] out = new Evidence[kinds.length + 1];
    System.arraycopy(kinds, 0, out, 1, kinds.length);
    return out;
  }

  private static SearcherConfig config(Evidence off) {
    SearcherConfig.Builder b = SearcherConfig.builder();
    if (off != null) b.withoutEvidence(off);
    return b.build();
  }

  private static void row(PrintStream out, Evidence off, double[] m, double[] all) {
    out.printf(
        Locale.ROOT,
        "| %s | %.3f | %+.3f | %.3f | %+.3f |%n",
        off == null ? "all evidence" : "without " + off.name().toLowerCase(Locale.ROOT),
        m[0],
        m[0] - all[0],
        m[1],
        m[1] - all[1]);
  }
}
