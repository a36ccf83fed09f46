package dev.fahras.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFahrasNumbersFilter extends BaseTokenStreamTestCase {
  private Analyzer a;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new UAX29URLEmailTokenizer();
            return new TokenStreamComponents(
                t, new FahrasNumbersFilter(new FahrasNormalizationFilter(t)));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    a.close();
    super.tearDown();
  }

  /** The digits a text yields, in order. */
  private List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    for (AnalyzedToken t : AnalyzedToken.analyze(a, "f", text)) {
      if (t.type().equals("<NUM>")) out.add(t.term());
    }
    return out;
  }

  public void testGraphTokenSpansTheWords() throws Exception {
    // 374 at the position of the first word, spanning three positions, offsets over all three
    assertAnalyzesTo(
        a,
        "ثلاثمئة وأربعة وسبعين مرتزقا",
        new String[] {"ثلاثمءه", "374", "واربعه", "وسبعين", "مرتزقا"},
        new int[] {0, 0, 8, 15, 22},
        new int[] {7, 21, 14, 21, 28},
        null,
        new int[] {1, 0, 1, 1, 1},
        new int[] {1, 3, 1, 1, 1},
        false);
  }

  public void testCardinals() {
    assertEquals(List.of("374"), numbers("ثلاثمئة وأربعة وسبعين")); // joined hundreds
    assertEquals(List.of("374"), numbers("ثلاثمائة وأربعة وسبعون")); // مائة, nominative
    assertEquals(List.of("300"), numbers("ثلاث مئة")); // split hundreds
    assertEquals(List.of("2022"), numbers("ألفين واثنين وعشرين")); // dual thousands
    assertEquals(List.of("2023"), numbers("ألفين وثلاثة وعشرين"));
    assertEquals(List.of("121"), numbers("مئة وواحد وعشرين"));
    assertEquals(List.of("114"), numbers("مئة وأربعة عشر")); // teens
    assertEquals(List.of("11"), numbers("أحد عشر"));
    assertEquals(List.of("12"), numbers("اثنا عشر"));
    assertEquals(List.of("150"), numbers("نحو مئة وخمسين")); // approximator kept as a word
    assertEquals(List.of("1000"), numbers("قرابة الألف")); // article on thousands
    assertEquals(List.of("5000"), numbers("خمسة آلاف عنصر"));
    assertEquals(List.of("200"), numbers("مئتين"));
    assertEquals(List.of("2000"), numbers("ألفان"));
    assertEquals(List.of("250000"), numbers("مئتان وخمسون ألفا"));
    assertEquals(List.of("3000000"), numbers("ثلاثة ملايين"));
    assertEquals(List.of("3"), numbers("بثلاثة محاور")); // preposition on the first word
    assertEquals(List.of("6"), numbers("ستة أشهر"));
    assertEquals(List.of("2"), numbers("استشهاديين اثنين"));
  }

  public void testDigitsTimesMultiplier() {
    // digits stay; their product with the multiplier word after them spans both
    assertEquals(List.of("5", "5000"), numbers("5 آلاف"));
    assertEquals(
        List.of("5000"),
        numbers("الـ5 آلاف الأجانب")); // article and tatweel on the digits (ال5 is a word)
    assertEquals(
        List.of("200", "200000"), numbers("200 ألف لاجئ")); // and ألف alone is not 1000 here
    assertEquals(List.of("3", "3000000"), numbers("3 ملايين"));
    assertEquals(List.of("2.5", "2500000"), numbers("2.5 مليون دولار"));
    assertEquals(List.of("1.5", "1500000000"), numbers("1.5 مليار"));
    assertEquals(List.of("200"), numbers("200 عنصر")); // no multiplier
    assertEquals(List.of("2.5", "2500"), numbers("2.5 ألف"));
    assertEquals(List.of("1.2345"), numbers("1.2345 ألف")); // not a whole number: left alone
  }

  public void testNotNumbers() {
    assertEquals(List.of(), numbers("اليوم الاثنين")); // Monday
    assertEquals(List.of(), numbers("خلع آلاف المرتزقة")); // "thousands of"
    assertEquals(List.of(), numbers("أحد أكبر المخططات")); // "one of"
    assertEquals(List.of("22", "100"), numbers("وعشرين واثنين، مئة")); // punctuation ends a number
  }

  public void testOrdinalsInDatesAndTimes() {
    assertEquals(List.of("20"), numbers("العشرين من كانون الثاني"));
    assertEquals(List.of("26"), numbers("السادس والعشرين من كانون الثاني"));
    assertEquals(List.of("27"), numbers("السابع والعشرين من آب"));
    assertEquals(List.of("11"), numbers("الحادي عشر من أيلول"));
    assertEquals(List.of("7"), numbers("الساعة السابعة مساء"));
    assertEquals(List.of(), numbers("الطابق السابع")); // not a date or a time
    assertEquals(List.of(), numbers("الثاني من الشهر")); // no month named
  }

  /**
   * Numbers written out by a converter we did not write (npm number-to-arabic-words, see
   * src/test/resources/numbers/make-oracle.sh), each mapped back to its digits.
   */
  public void testOracle() throws IOException {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (String line :
        Files.readAllLines(
            Path.of("fahras-analysis/src/test/resources/numbers/oracle.tsv"),
            StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] parts = line.split("\t");
      cases++;
      List<String> got = numbers(parts[1]);
      if (!got.isEmpty() && got.get(0).equals(parts[0])) continue;
      failures.add(parts[0] + " ← " + parts[1] + " gave " + got);
    }
    assertTrue(cases >= 3000);
    assertTrue(
        failures.size()
            + " of "
            + cases
            + " failed, e.g. "
            + failures.subList(0, Math.min(10, failures.size())),
        failures.isEmpty());
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomNumberText() throws Exception {
    String[] words = {
      "ثلاثة", "وأربعة", "مئة", "وسبعين", "ألف", "آلاف", "عشر", "و", "من", "كانون", "الثاني",
      "العشرين", "الساعة", "السابعة", "سجن"
    };
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      StringBuilder b = new StringBuilder();
      int n = random().nextInt(30);
      for (int k = 0; k < n; k++)
        b.append(words[random().nextInt(words.length)])
            .append(random().nextInt(8) == 0 ? "، " : " ");
      checkAnalysisConsistency(random(), a, random().nextBoolean(), b.toString());
    }
  }
}
