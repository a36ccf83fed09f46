package dev.fahras.search;

import java.util.Map;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestSpellingCorrector extends LuceneTestCase {
  private static double cost(String from, String to) {
    Double c = SpellingCorrector.neighbours(from, 1.0).get(to);
    return c == null ? Double.POSITIVE_INFINITY : c;
  }

  public void testSlipsCostHalfAnEdit() {
    assertEquals(0.5, cost("حضر", "حظر"), 0); // ض/ظ
    assertEquals(0.5, cost("ثلاث", "سلاث"), 0); // ث/س
    assertEquals(0.5, cost("قال", "كال"), 0); // ق/ك
    assertEquals(0.5, cost("مدينه", "مدينت"), 0); // ة read as ت
    assertEquals(0.5, cost("سجن", "سجين"), 0); // a long vowel added
    assertEquals(0.5, cost("مدد", "مد"), 0); // a doubled letter
    assertEquals(0.5, cost("مد", "مدد"), 0);
  }

  public void testOtherEditsCostOne() {
    assertEquals(1.0, cost("داعس", "داعش"), 0);
    assertEquals(1.0, cost("سجن", "سنج"), 0); // transposed
    assertEquals(1.0, cost("سجن", "جن"), 0); // a consonant dropped
  }

  public void testTwoSlipsFitButNotASlipAndAnEdit() {
    assertEquals(1.0, cost("الديمقراطيه", "الدموقراطيه"), 0); // ي dropped, و added
    assertEquals(Double.POSITIVE_INFINITY, cost("حضر", "خظر"), 0);
    Map<String, Double> near = SpellingCorrector.neighbours("حضر", 0.5);
    assertTrue(near.values().stream().allMatch(c -> c == 0.5));
  }

  public void testARunOfLettersIsNoMisspelling() {
    Vocabulary none = null; // never reached: too long to correct
    String run = "س".repeat(SpellingCorrector.MAX_LENGTH + 1);
    assertNull(new SpellingCorrector(none).correct(run, 1.0, SpellingCorrector.BOLD));
  }
}
