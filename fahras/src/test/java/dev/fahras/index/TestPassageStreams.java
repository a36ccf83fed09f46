package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class TestPassageStreams extends LuceneTestCase {
  /**
   * The index's one-pass analysis of three fields gives exactly what the stemmed, the unstemmed and
   * the stopwords-only analyzers give separately, term by term and increment by increment, text
   * after text.
   */
  public void testPassageStreamsMatchSeparateAnalyzers() throws Exception {
    FahrasArabicAnalyzer stemmed = new FahrasArabicAnalyzer();
    FahrasArabicAnalyzer exact = stemmed.toBuilder().withStemming(false).build();
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
    for (String text : texts) {
      assertEquals(text, tokens(stemmed.tokenStream("f", text)), tokens(streams.stemmed(text)));
      assertEquals(text, tokens(exact.tokenStream("f", text)), tokens(streams.exact()));
      assertEquals(text, tokens(stopwords.tokenStream("f", text)), tokens(streams.stopwords()));
    }
  }

  /** "term/increment" of every token. */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    var term = ts.addAttribute(CharTermAttribute.class);
    var inc = ts.addAttribute(PositionIncrementAttribute.class);
    try (ts) {
      ts.reset();
      while (ts.incrementToken()) out.add(term + "/" + inc.getPositionIncrement());
      ts.end();
    }
    return out;
  }
}
