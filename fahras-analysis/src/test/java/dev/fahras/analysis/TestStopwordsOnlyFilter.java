package dev.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestStopwordsOnlyFilter extends BaseTokenStreamTestCase {
  private static Analyzer analyzer(boolean bareReadings) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(
            t,
            new StopwordsOnlyFilter(
                new FahrasNormalizationFilter(t),
                FahrasArabicAnalyzer.defaultStopwords(),
                bareReadings));
      }
    };
  }

  /** The other words leave gaps, so only stopwords side by side in the text are adjacent here. */
  public void testKeepsStopwordsAtTheirPositions() throws Exception {
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a,
          "وقعت ومن قبل ذلك المعارك إلى",
          new String[] {"ومن", "قبل", "ذلك", "الي"},
          new int[] {5, 9, 13, 25},
          new int[] {8, 12, 16, 28},
          new int[] {2, 1, 1, 2});
      assertAnalyzesTo(a, "المعارك في المدينة", new String[] {"في"}, new int[] {2});
      assertAnalyzesTo(a, "المعارك المدينة", new String[0]);
    }
  }

  /** With bare readings a stopword carrying proclitics is also the stopword alone, same place. */
  public void testBareReadings() throws Exception {
    try (Analyzer a = analyzer(true)) {
      assertAnalyzesTo(
          a,
          "ومن قبل فكيف بماذا منهم",
          new String[] {"ومن", "من", "قبل", "فكيف", "كيف", "بماذا", "ماذا", "منهم"},
          new int[] {0, 0, 4, 8, 8, 13, 13, 19},
          new int[] {3, 3, 7, 12, 12, 18, 18, 23},
          new int[] {1, 0, 1, 1, 0, 1, 0, 1});
    }
  }

  /** Trailing words dropped still count in the final position, as Lucene's stop filter does. */
  public void testFinalPositionCountsDroppedWords() throws Exception {
    try (Analyzer a = analyzer(true)) {
      assertTokenStreamContents(
          a.tokenStream("f", "في المدينة القديمة"),
          new String[] {"في"},
          new int[] {0},
          new int[] {2},
          null,
          new int[] {1},
          null,
          18,
          2,
          null,
          true,
          null);
    }
  }

  public void testRandomStrings() throws Exception {
    for (boolean bare : new boolean[] {false, true}) {
      try (Analyzer a = analyzer(bare)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  /** In the full chain: the same tokens from the analyzer's stopword mode. */
  public void testAnalyzerMode() throws Exception {
    try (Analyzer a =
        FahrasArabicAnalyzer.builder()
            .withStopwordMode(FahrasArabicAnalyzer.StopwordMode.ONLY_WITH_BARE)
            .build()) {
      assertAnalyzesTo(
          a,
          "وقال إنه ومن قبل ذلك",
          new String[] {"انه", "ومن", "من", "قبل", "ذلك"},
          new int[] {2, 1, 0, 1, 1});
    }
  }
}
