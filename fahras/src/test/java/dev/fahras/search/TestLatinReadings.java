package dev.fahras.search;

import org.apache.lucene.tests.util.LuceneTestCase;

public class TestLatinReadings extends LuceneTestCase {
  public void testArabicSkeletons() {
    assertEquals("حسك", LatinReadings.arabicSkeleton(Vocabulary.fold("الحسكة")));
    assertEquals("غرن", LatinReadings.arabicSkeleton(Vocabulary.fold("غويران")));
    assertEquals("دمقرطي".replace("ي", ""), LatinReadings.arabicSkeleton("ديمقراطي"));
    assertEquals("عل", LatinReadings.arabicSkeleton("علي"));
  }

  public void testLatinSkeletonsCoverTheArabic() {
    for (String[] pair :
        new String[][] {
          {"hasakah", "الحسكة"},
          {"7asaka", "الحسكة"},
          {"alhasakah", "الحسكة"},
          {"ghwayran", "غويران"},
          {"ghweiran", "غويران"},
          {"qamishli", "القامشلي"},
          {"3ali", "علي"},
          {"ali", "علي"},
          {"daesh", "داعش"},
          {"sijn", "سجن"},
          {"shaheed", "شهيد"},
          {"deir", "دير"},
          {"zor", "الزور"},
        }) {
      String arabic = LatinReadings.arabicSkeleton(Vocabulary.fold(pair[1]));
      assertTrue(
          pair[0] + " " + LatinReadings.latinSkeletons(pair[0]),
          LatinReadings.latinSkeletons(pair[0]).contains(arabic));
    }
  }

  public void testWhatIsLatin() {
    assertTrue(LatinReadings.isLatin("Hasakah"));
    assertTrue(LatinReadings.isLatin("el 7asaka"));
    assertFalse(LatinReadings.isLatin("الحسكة"));
    assertFalse(LatinReadings.isLatin("Hasakah الحسكة"));
    assertFalse(LatinReadings.isLatin("2022"));
  }

  public void testBuckwalter() {
    assertEquals("الحسكة", Buckwalter.toArabic("AlHskp"));
    assertEquals("سجن", Buckwalter.toArabic("sijon"));
    assertEquals("مسؤول", Buckwalter.toArabic("ms&wl"));
    assertNull(Buckwalter.toArabic("café"));
    assertNull(Buckwalter.toArabic("2022"));
    assertTrue(Buckwalter.marked("AlHskp"));
    assertTrue(Buckwalter.marked("ms&wl"));
    assertFalse(Buckwalter.marked("Hasakah"));
    assertFalse(Buckwalter.marked("Deir ez-Zor"));
  }
}
