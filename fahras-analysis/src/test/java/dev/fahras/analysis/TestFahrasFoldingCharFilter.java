package dev.fahras.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.EnumSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFahrasFoldingCharFilter extends BaseTokenStreamTestCase {

  private static String fold(String s) throws IOException {
    CharFilter cs = new FahrasFoldingCharFilter(new StringReader(s));
    StringBuilder b = new StringBuilder();
    char[] buf = new char[3]; // small, to cross buffer boundaries
    int n;
    while ((n = cs.read(buf, 0, buf.length)) != -1) b.append(buf, 0, n);
    return b.toString();
  }

  private static Analyzer whitespace(ArabicCharFolder folder) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(t, t);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new FahrasFoldingCharFilter(reader, folder);
      }
    };
  }

  public void testArabicIndicDigits() throws Exception {
    assertEquals("2022", fold("٢٠٢٢"));
    assertEquals("2022", fold("۲۰۲۲")); // extended (Persian) digits
  }

  public void testSeparators() throws Exception {
    assertEquals("2,500", fold("٢٬٥٠٠")); // thousands separator
    assertEquals("3.14", fold("٣٫١٤")); // decimal separator
    assertEquals("50%", fold("٥٠٪"));
  }

  public void testPresentationForms() throws Exception {
    assertEquals("لا", fold("\uFEFB")); // lam-alef ligature
    assertEquals("الله", fold("\uFDF2"));
    assertEquals("سلام", fold("\uFEB3\uFEDF\uFE8E\uFEE1")); // contextual forms
    assertEquals("\u064B", fold("\uFE70")); // isolated fathatan loses NFKC's space
    // phrase ligatures that Unicode does not decompose
    assertEquals("بسم الله الرحمن الرحيم", fold("\uFDFD"));
    assertEquals("سبحانه وتعالى", fold("\uFDFE"));
    assertEquals("عز وجل", fold("\uFDFF"));
  }

  /**
   * ﷽ is four words, all starting at the ligature; as with every multi-word ligature, the last one
   * spans it (a char filter's offsets map the inner word ends to its start).
   */
  public void testBasmalaLigatureIsFourWords() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      assertAnalyzesTo(
          a,
          "\uFDFD قال",
          new String[] {"بسم", "الله", "رحمن", "رحيم", "قال"},
          new int[] {0, 0, 0, 0, 2},
          new int[] {0, 0, 0, 1, 5});
    }
  }

  public void testInvisiblesJoin() throws Exception {
    assertEquals("سوريا", fold("سو\u200Bريا")); // zero-width space
    assertEquals("سوريا", fold("سو\u200Cريا")); // ZWNJ
    assertEquals("سوريا", fold("\u202Bسوريا\u202C")); // embedding
    assertEquals("سوريا", fold("سوريا\u200F")); // RLM
    assertEquals("سوريا", fold("\uFEFFسوريا\u061C"));
    assertEquals("سوريا", fold("سو\u00ADريا")); // soft hyphen
  }

  public void testLongInputAcrossBuffers() throws Exception {
    String word = "سو\u200Bريا ﻻ ٢٠ ";
    String expected = "سوريا لا 20 ";
    assertEquals(expected.repeat(1000), fold(word.repeat(1000)));
  }

  public void testOffsetsPointIntoOriginal() throws Exception {
    try (Analyzer a = whitespace(new ArabicCharFolder())) {
      // deletion inside a word: the token spans the whole original word
      assertAnalyzesTo(
          a, "سو\u200Bريا كتب", new String[] {"سوريا", "كتب"}, new int[] {0, 7}, new int[] {6, 10});
      // a ligature expanding to letters: the token covers the ligature
      assertAnalyzesTo(
          a, "\uFEFB \uFDF2", new String[] {"لا", "الله"}, new int[] {0, 2}, new int[] {1, 3});
    }
  }

  public void testOptionsOff() throws Exception {
    try (Analyzer a =
        whitespace(new ArabicCharFolder(EnumSet.noneOf(ArabicCharFolder.Option.class)))) {
      assertAnalyzesTo(a, "٢٠٢٢ \uFEFB", new String[] {"٢٠٢٢", "\uFEFB"});
    }
  }

  public void testEmpty() throws Exception {
    assertEquals("", fold(""));
    assertEquals("", fold("\u200B\u200B"));
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = whitespace(new ArabicCharFolder())) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }
}
