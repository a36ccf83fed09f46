package dev.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFahrasWordBreakFilter extends BaseTokenStreamTestCase {
  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new UAX29URLEmailTokenizer();
        return new TokenStreamComponents(t, new FahrasWordBreakFilter(t));
      }
    };
  }

  public void testPunctuationBetweenArabicWordsBreaks() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "قسد:هجوم على",
          new String[] {"قسد", "هجوم", "على"},
          new int[] {0, 4, 9},
          new int[] {3, 8, 12},
          new int[] {1, 1, 1});
      assertAnalyzesTo(
          a,
          "الحسكة.داعش",
          new String[] {"الحسكة", "داعش"},
          new int[] {0, 7},
          new int[] {6, 11},
          new int[] {1, 1});
      // a diacritic before the break, and three parts
      assertAnalyzesTo(
          a,
          "السجنُ.الحسكة:داعش",
          new String[] {"السجنُ", "الحسكة", "داعش"},
          new int[] {0, 7, 14},
          new int[] {6, 13, 18});
      assertAnalyzesTo(a, "الحسكة'داعش", new String[] {"الحسكة", "داعش"});
    }
  }

  public void testLatinAndNumbersStayWhole() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a, "3.5 www.example.com e.g", new String[] {"3.5", "www.example.com", "e.g"});
      // Arabic beside Latin or digits is not two Arabic words
      assertAnalyzesTo(a, "داعش.com", new String[] {"داعش.com"});
      assertAnalyzesTo(a, "كتاب", new String[] {"كتاب"});
    }
  }

  public void testThroughTheAnalyzer() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      assertAnalyzesTo(
          a, "قسد:هجوم", new String[] {"قسد", "هجوم"}, new int[] {0, 4}, new int[] {3, 8});
      assertAnalyzesTo(a, "الحسكة.داعش", new String[] {"حسك", "داعش"});
    }
  }

  /** A char filter that removed a char inside the token: every part points at the whole token. */
  public void testLengthChangedInsideTokenKeepsWholeOffsets() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      // a zero-width non-joiner, removed by the folding char filter
      assertAnalyzesTo(
          a, "قس\u200Cد:هجوم", new String[] {"قسد", "هجوم"}, new int[] {0, 0}, new int[] {9, 9});
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
