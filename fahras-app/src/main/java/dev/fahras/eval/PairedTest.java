package dev.fahras.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Whether two systems differ on the same queries: the mean of the per-query differences, a 95%
 * confidence interval for it (paired bootstrap, percentile method) and a two-sided p-value from a
 * paired randomization test (each query's difference flips its sign with probability 1/2; exact
 * over all 2^n flips up to {@link #EXACT_UP_TO} queries, else {@link #PERMUTATIONS} random ones).
 * Both use a fixed seed, so a report is reproducible. See docs/statistics.md.
 */
public final class PairedTest {
  static final int PERMUTATIONS = 20_000;
  static final int RESAMPLES = 10_000;
  static final int EXACT_UP_TO = 16;
  private static final long SEED = 20_220_120L;

  /** How the intervals and p-values of a report were computed, for its footnote. */
  public static final String METHOD =
      "changes are per-query means; 95% CI: paired bootstrap, "
          + RESAMPLES
          + " resamples; p: two-sided paired randomization test, "
          + PERMUTATIONS
          + " sign flips (exact up to "
          + EXACT_UP_TO
          + " queries); fixed seeds (docs/statistics.md)";

  /** The outcome: {@code diff} is mean(b − a) over {@code n} queries. */
  public record Result(
      int n, double meanA, double meanB, double diff, double low, double high, double p) {
    public boolean significant() {
      return p < 0.05;
    }
  }

  private PairedTest() {}

  /**
   * Compares per-query scores {@code b} against {@code a} (the same queries, in the same order).
   */
  public static Result compare(double[] a, double[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("paired scores differ in length");
    int n = a.length;
    if (n == 0) return new Result(0, 0, 0, 0, 0, 0, 1);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) d[i] = b[i] - a[i];
    double mean = mean(d);
    double[] ci = bootstrap(d);
    return new Result(n, mean(a), mean(b), mean, ci[0], ci[1], randomization(d));
  }

  /** Two-sided p: the share of sign flips whose mean is at least as far from 0 as the observed. */
  static double randomization(double[] d) {
    int n = d.length;
    double observed = Math.abs(sum(d)) - 1e-9 * n; // a tie counts as at least as extreme
    if (n <= EXACT_UP_TO) {
      long extreme = 0;
      long all = 1L << n;
      for (long signs = 0; signs < all; signs++) {
        double s = 0;
        for (int i = 0; i < n; i++) s += (signs >> i & 1) == 0 ? d[i] : -d[i];
        if (Math.abs(s) >= observed) extreme++;
      }
      return (double) extreme / all;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int extreme = 0;
    for (int p = 0; p < PERMUTATIONS; p++) {
      double s = 0;
      for (double x : d) s += random.nextBoolean() ? x : -x;
      if (Math.abs(s) >= observed) extreme++;
    }
    // the observed assignment is one of the permutations (Phipson and Smyth 2010)
    return (extreme + 1.0) / (PERMUTATIONS + 1.0);
  }

  /** The 2.5th and 97.5th percentiles of the mean over resampled queries. */
  static double[] bootstrap(double[] d) {
    int n = d.length;
    SplittableRandom random = new SplittableRandom(SEED + 1);
    double[] means = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) s += d[random.nextInt(n)];
      means[r] = s / n;
    }
    Arrays.sort(means);
    return new double[] {means[(int) (RESAMPLES * 0.025)], means[(int) (RESAMPLES * 0.975) - 1]};
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    return s;
  }

  private static double mean(double[] x) {
    return sum(x) / x.length;
  }
}
