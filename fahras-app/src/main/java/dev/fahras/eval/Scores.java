package dev.fahras.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One system's per-query scores on one query set, for two measures: what a paired test compares.
 * TREC judgments give AP@10 and the reciprocal rank; answer patterns the reciprocal rank and
 * SourceRecall@10.
 */
record Scores(String first, String second, double[] firstScores, double[] secondScores) {

  static Scores trec(TrecEval trec, RetrievalSystem system) throws IOException {
    trec.run(system);
    Map<String, double[]> perTopic = trec.perTopic();
    double[] ap = new double[perTopic.size()];
    double[] rr = new double[perTopic.size()];
    int i = 0;
    for (double[] s : perTopic.values()) {
      ap[i] = s[0];
      rr[i++] = s[1];
    }
    return new Scores("MAP@10", "MRR@10", ap, rr);
  }

  static Scores patterns(Evaluation eval, RetrievalSystem system) throws IOException {
    List<Evaluation.QueryOutcome> outcomes = new ArrayList<>();
    eval.run(system, outcomes);
    return of(outcomes);
  }

  /** The scores of one system's outcomes, in query order. */
  static Scores of(List<Evaluation.QueryOutcome> outcomes) {
    double[] rr = new double[outcomes.size()];
    double[] sr = new double[outcomes.size()];
    for (int i = 0; i < rr.length; i++) {
      Evaluation.QueryOutcome o = outcomes.get(i);
      rr[i] = o.firstRelevantRank() == 0 ? 0 : 1.0 / o.firstRelevantRank();
      sr[i] = o.sourceRecall();
    }
    return new Scores("MRR@10", "SourceRecall@10", rr, sr);
  }

  /** The two measures of {@code other} against these: {@code [first, second]}. */
  PairedTest.Result[] against(Scores baseline) {
    return new PairedTest.Result[] {
      PairedTest.compare(baseline.firstScores, firstScores),
      PairedTest.compare(baseline.secondScores, secondScores)
    };
  }

  /** "−0.005 [−0.010, −0.001] p 0.030": a difference with its interval and p-value. */
  static String difference(PairedTest.Result r) {
    return String.format(
        Locale.ROOT, "%+.3f [%+.3f, %+.3f] | %s", r.diff(), r.low(), r.high(), pValue(r.p()));
  }

  static String pValue(double p) {
    return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
  }
}
