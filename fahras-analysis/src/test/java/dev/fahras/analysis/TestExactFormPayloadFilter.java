package dev.fahras.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

public class TestExactFormPayloadFilter extends BaseTokenStreamTestCase {
  private static final FahrasArabicAnalyzer WITH_PAYLOADS =
      FahrasArabicAnalyzer.builder().withExactFormPayloads(true).build();

  /** Each stem carries its word's normalized form; both readings of a proclitic word do. */
  public void testStemsCarryTheirWordsCode() throws Exception {
    assertEquals(
        List.of(
            "سجن=" + code("السجن"),
            "سجن=" + code("سجن"),
            "سجون=" + code("والسجون"),
            "والد=" + code("والده"),
            "الده=" + code("والده")),
        stemsAndCodes(WITH_PAYLOADS, "السجن سِجْن والسجون والده"));
  }

  /** The tokens are those of the analyzer without payloads: the option adds, never changes. */
  public void testSameTokensAsWithout() throws Exception {
    String text = "قُتل ثلاثمئة وأربعة وسبعون في السجن يوم الخميس ٢٠ كانون الثاني ووزير";
    List<String> with = new ArrayList<>();
    for (String s : stemsAndCodes(WITH_PAYLOADS, text)) with.add(s.substring(0, s.indexOf('=')));
    List<String> without = new ArrayList<>();
    for (String s : stemsAndCodes(new FahrasArabicAnalyzer(), text))
      without.add(s.substring(0, s.indexOf('=')));
    assertEquals(without, with);
    String plain = stemsAndCodes(new FahrasArabicAnalyzer(), text).toString();
    assertFalse(plain, plain.contains("=["));
  }

  /** The code is part of the index format: pinned, so a change shows up as a failing test. */
  public void testCodeIsStable() {
    assertEquals(2, code("السجن").length);
    assertEquals(new BytesRef(new byte[] {(byte) 0xDE, (byte) 0xAA}), code("السجن"));
    assertFalse(code("السجن").equals(code("سجن")));
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), WITH_PAYLOADS, 200 * RANDOM_MULTIPLIER);
  }

  private static BytesRef code(String form) {
    return ExactFormPayloadFilter.code(form);
  }

  /** "stem=payload" of every token ("stem=-" without one). */
  private static List<String> stemsAndCodes(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      var payload = ts.addAttribute(PayloadAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        BytesRef p = payload.getPayload();
        out.add(term + "=" + (p == null ? "-" : BytesRef.deepCopyOf(p)));
      }
      ts.end();
    }
    return out;
  }
}
