package dev.fahras.eval;

import org.apache.lucene.tests.util.LuceneTestCase;

/** The paired test against cases worked by hand (docs/statistics.md has them too). */
public class TestPairedTest extends LuceneTestCase {

  /**
   * Differences 1, 1, 1: of the 8 sign flips, only +++ and −−− reach |sum| 3, so p = 2/8; the
   * interval of a constant difference is that constant.
   */
  public void testAllEqualDifferences() {
    PairedTest.Result r = PairedTest.compare(new double[] {0, 0.5, 0}, new double[] {1, 1.5, 1});
    assertEquals(3, r.n());
    assertEquals(1.0, r.diff(), 1e-12);
    assertEquals(0.25, r.p(), 1e-12);
    assertEquals(1.0, r.low(), 1e-12);
    assertEquals(1.0, r.high(), 1e-12);
    assertFalse(r.significant());
  }

  /**
   * Differences 2, −1, 1 (sum 2): the flipped sums are ±4, ±2, ±2, 0, 0 — six of eight at least 2
   * from zero, p = 0.75. Bootstrap means lie between the smallest and largest difference.
   */
  public void testMixedDifferences() {
    PairedTest.Result r = PairedTest.compare(new double[] {0, 1, 0}, new double[] {2, 0, 1});
    assertEquals(2.0 / 3, r.diff(), 1e-12);
    assertEquals(0.75, r.p(), 1e-12);
    assertTrue(r.low() >= -1 && r.low() < 2.0 / 3);
    assertTrue(r.high() <= 2 && r.high() > 2.0 / 3);
  }

  public void testNoDifference() {
    double[] same = {0.1, 0.5, 1, 0, 0.25};
    PairedTest.Result r = PairedTest.compare(same, same.clone());
    assertEquals(0, r.diff(), 0);
    assertEquals(1.0, r.p(), 0);
  }

  /**
   * 40 queries all one better (random flips, not exact): no flip but the observed reaches that sum
   * in 20,000 draws, so p is the smallest it can be, 1/20,001; 20 up and 20 down by the same amount
   * is no difference at all.
   */
  public void testManyQueries() {
    double[] a = new double[40];
    double[] b = new double[40];
    for (int i = 0; i < 40; i++) b[i] = 1;
    PairedTest.Result up = PairedTest.compare(a, b);
    assertEquals(1.0 / (PairedTest.PERMUTATIONS + 1), up.p(), 1e-12);
    assertTrue(up.significant());
    for (int i = 0; i < 20; i++) b[i] = -1;
    PairedTest.Result even = PairedTest.compare(a, b);
    assertEquals(0, even.diff(), 1e-12);
    assertEquals(1.0, even.p(), 1e-12);
    assertTrue(even.low() < 0 && even.high() > 0);
  }

  /** One query in seven moving by a full rank-one answer is not evidence; all seven are. */
  public void testSmallGainIsNotSignificant() {
    double[] a = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    double[] b = a.clone();
    b[3] = 1;
    assertEquals(1.0, PairedTest.compare(a, b).p(), 1e-12); // every flip reaches |0.5|: p 1
    double[] c = {1, 1, 1, 1, 1, 1, 1};
    assertEquals(2.0 / 128, PairedTest.compare(a, c).p(), 1e-12);
  }

  public void testHalvesAreFixedAndBalanced() {
    int a = 0;
    for (int i = 0; i < 1000; i++) if (Half.of("q" + i) == Half.A) a++;
    assertTrue("" + a, a > 450 && a < 550);
    assertEquals(Half.of("621723207492"), Half.of("621723207492"));
  }
}
