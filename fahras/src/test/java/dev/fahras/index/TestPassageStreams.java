package dev.fahras.index;

import dev.fahras.analysis.ExactFormPayloadFilter;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;
import org.apache.lucene.util.BytesRef;

public class TestPassageStreams extends LuceneTestCase {
  /**
   * The index's one-pass analysis of two fields gives exactly what the stemmed (with payloads) and
   * the stopwords-only analyzers give separately, term by term, increment by increment and payload
   * by payload, text after text; and each stem's payload is the code of its word's normalized form.
   */
  public void testPassageStreamsMatchSeparateAnalyzers() throws Exception {
    FahrasArabicAnalyzer stemmed = Schema.passageAnalyzer(new FahrasArabicAnalyzer());
    FahrasArabicAnalyzer exact = new FahrasArabicAnalyzer().toBuilder().withStemming(false).build();
    FahrasArabicAnalyzer stopwords =
        exact.toBuilder()
            .withStopwordMode(FahrasArabicAnalyzer.StopwordMode.ONLY_WITH_BARE)
            .build();
    PassageStreams streams = new PassageStreams(stemmed);
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("testdata"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    for (int i = 0; i < 50; i++) texts.add(TestUtil.randomUnicodeString(random(), 40));
    texts.add(""); // an empty passage, then text again: nothing left over from before
    texts.add("قتل ثلاثمئة وأربعة وسبعون في العشرين من كانون الثاني");
    texts.add("ومن قبل ذلك فكيف لهذا أن يكون، وبما أنهم منهم");
    texts.add("وَالْمُسْتَشْفَيَاتُ ٱلرَّحْمَٰنِ ووزير والده");
    for (String text : texts) {
      assertEquals(text, tokens(stemmed.tokenStream("f", text)), tokens(streams.stemmed(text)));
      assertEquals(text, tokens(stopwords.tokenStream("f", text)), tokens(streams.stopwords()));
      assertPayloadsCodeExactForms(text, byPosition(exact, text), byPosition(stemmed, text));
    }
  }

  /** Where a position holds one form, every stem there carries its code. */
  private static void assertPayloadsCodeExactForms(
      String text, Map<Integer, List<String[]>> exact, Map<Integer, List<String[]>> stemmed) {
    assertEquals(text, exact.keySet(), stemmed.keySet());
    for (var e : exact.entrySet()) {
      if (e.getValue().size() != 1) continue; // a dagger alef's two spellings
      String code = ExactFormPayloadFilter.code(e.getValue().get(0)[0]).toString();
      for (String[] stem : stemmed.get(e.getKey())) assertEquals(text, code, stem[1]);
    }
  }

  /** Position → [term, payload] of its tokens. */
  private static Map<Integer, List<String[]>> byPosition(FahrasArabicAnalyzer a, String text)
      throws IOException {
    Map<Integer, List<String[]>> out = new TreeMap<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      var inc = ts.addAttribute(PositionIncrementAttribute.class);
      var payload = ts.addAttribute(PayloadAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        BytesRef p = payload.getPayload();
        out.computeIfAbsent(position, k -> new ArrayList<>())
            .add(new String[] {term.toString(), p == null ? "-" : p.toString()});
      }
      ts.end();
    }
    return out;
  }

  /** "term/increment/payload" of every token. */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    var term = ts.addAttribute(CharTermAttribute.class);
    var inc = ts.addAttribute(PositionIncrementAttribute.class);
    var payload = ts.addAttribute(PayloadAttribute.class);
    try (ts) {
      ts.reset();
      while (ts.incrementToken()) {
        BytesRef p = payload.getPayload();
        out.add(term + "/" + inc.getPositionIncrement() + "/" + (p == null ? "-" : p.toString()));
      }
      ts.end();
    }
    return out;
  }
}
