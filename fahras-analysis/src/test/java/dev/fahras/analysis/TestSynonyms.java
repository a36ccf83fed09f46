package dev.fahras.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestSynonyms extends BaseTokenStreamTestCase {

  /** The built-in set joins the general variants normalization cannot, spelled any way. */
  public void testDefaults() throws Exception {
    try (Analyzer a = FahrasArabicAnalyzer.builder().withSynonyms(Synonyms.defaults()).build()) {
      assertTrue(terms(a, "سوريا").contains("سوريه"));
      assertTrue(terms(a, "سورية").contains("سوريا"));
      assertTrue(terms(a, "الأكراد").contains("كرد"));
      assertTrue(terms(a, "أميركا").contains("امريكا"));
    }
    try (Analyzer none = new FahrasArabicAnalyzer()) {
      assertFalse(terms(none, "الأكراد").contains("كرد"));
    }
  }

  /** Entries are normalized on load: hamza and tashkeel in a user's file do not matter. */
  public void testUserFileIsNormalized() throws Exception {
    SynonymMap map =
        Synonyms.parse(new StringReader("# places\nعَيْن العرب, كوباني\n"), "test.txt");
    try (Analyzer a = FahrasArabicAnalyzer.builder().withSynonyms(map).build()) {
      assertTrue(terms(a, "كوباني").contains("عين"));
      assertTrue(terms(a, "عين العرب").contains("كوباني"));
    }
  }

  /** A user's file adds to the built-in set; read alone, it replaces it. */
  public void testUserFileAddsToDefaults() throws Exception {
    Path file = createTempFile("syn", ".txt");
    Files.writeString(file, "تل أبيض, كري سبي\n");
    try (Analyzer both =
            FahrasArabicAnalyzer.builder().withSynonyms(Synonyms.defaultsAnd(file)).build();
        Analyzer mine = FahrasArabicAnalyzer.builder().withSynonyms(Synonyms.read(file)).build()) {
      assertTrue(terms(both, "كري سبي").contains("ابيض"));
      assertTrue(terms(both, "سورية").contains("سوريا"));
      assertTrue(terms(mine, "كري سبي").contains("ابيض"));
      assertFalse(terms(mine, "سورية").contains("سوريا"));
    }
    Files.writeString(file, "a => \n");
    IOException e = expectThrows(IOException.class, () -> Synonyms.defaultsAnd(file));
    assertTrue(e.getMessage(), e.getMessage().startsWith(file.toString()));
  }

  /** A malformed file names itself and says what is wrong. */
  public void testBadFile() {
    IOException e =
        expectThrows(
            IOException.class, () -> Synonyms.parse(new StringReader("a => \n"), "mine.txt"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("mine.txt"));
    // the line once, from the parser, not "line 0" beside it
    IOException second =
        expectThrows(
            IOException.class, () -> Synonyms.parse(new StringReader("a, b\nc => \n"), "mine.txt"));
    assertTrue(second.getMessage(), second.getMessage().contains("line 2"));
    assertFalse(second.getMessage(), second.getMessage().contains("line 0"));
  }

  private static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t.toString());
      ts.end();
    }
    return out;
  }
}
