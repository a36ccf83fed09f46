package dev.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFahrasDaggerAlefFilter extends BaseTokenStreamTestCase {
  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(
            t, new FahrasNormalizationFilter(new FahrasDaggerAlefFilter(t)));
      }
    };
  }

  public void testBothReadings() throws Exception {
    try (Analyzer a = analyzer()) {
      // deleted (modern الرحمن) and written as alef, at one position, same offsets
      assertAnalyzesTo(
          a,
          "ٱلرَّحْمَٰنِ",
          new String[] {"الرحمن", "الرحمان"},
          new int[] {0, 0},
          new int[] {12, 12},
          new int[] {1, 0});
      assertAnalyzesTo(
          a, "خَٰلِدُونَ قال", new String[] {"خلدون", "خالدون", "قال"}, new int[] {1, 0, 1});
    }
  }

  public void testNoDaggerUntouched() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "كتاب", new String[] {"كتاب"}, new int[] {1});
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
