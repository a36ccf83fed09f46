package dev.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFahrasMonthsFilter extends BaseTokenStreamTestCase {
  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(
            t, new FahrasMonthsFilter(new FahrasNormalizationFilter(t)));
      }
    };
  }

  public void testSyriacTwoWords() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "23 كانون الثاني",
          new String[] {"23", "كانون", "يناير", "الثاني"},
          new int[] {0, 3, 3, 9},
          new int[] {2, 8, 15, 15},
          null,
          new int[] {1, 1, 0, 1},
          new int[] {1, 1, 2, 1},
          false);
      assertAnalyzesTo(
          a, "تشرين الأول", new String[] {"تشرين", "اكتوبر", "الاول"}, new int[] {1, 0, 1});
      assertAnalyzesTo(
          a, "كانون الأول", new String[] {"كانون", "ديسمبر", "الاول"}, new int[] {1, 0, 1});
    }
  }

  public void testSingleWordNames() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "شباط", new String[] {"شباط", "فبراير"}, new int[] {1, 0}); // Syriac
      assertAnalyzesTo(a, "جانفي", new String[] {"جانفي", "يناير"}, new int[] {1, 0}); // Maghrebi
      assertAnalyzesTo(a, "فيفري", new String[] {"فيفري", "فبراير"}, new int[] {1, 0});
      assertAnalyzesTo(a, "يناير", new String[] {"يناير"}); // already Western
      assertAnalyzesTo(a, "كانون", new String[] {"كانون"}); // half a name
    }
  }

  public void testAugustNeedsADate() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "27 آب", new String[] {"27", "اب", "اغسطس"}, new int[] {1, 1, 0});
      assertAnalyzesTo(
          a, "آب عام 2023", new String[] {"اب", "اغسطس", "عام", "2023"}, new int[] {1, 0, 1, 1});
      assertAnalyzesTo(a, "قال الأب", new String[] {"قال", "الاب"});
      assertAnalyzesTo(a, "آب وابنه", new String[] {"اب", "وابنه"}); // a father
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
