package dev.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Any UTF-16 text through the whole chain, stemmed and not: no exception, every token non-empty
 * with offsets inside the text and in order. {@code mvn verify} replays the seeds in {@code
 * AnalysisFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -pl fahras-analysis
 * -Dtest=AnalysisFuzzTest} fuzzes (README, "Fuzzing").
 */
class AnalysisFuzzTest {
  private static final Analyzer STEMMED = new FahrasArabicAnalyzer();
  private static final Analyzer EXACT = FahrasArabicAnalyzer.builder().withStemming(false).build();

  @FuzzTest(maxDuration = "30s")
  void offsetsStayInsideTheText(FuzzedDataProvider data) throws IOException {
    String text = data.consumeRemainingAsString();
    check(STEMMED, text);
    check(EXACT, text);
  }

  private static void check(Analyzer analyzer, String text) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int lastStart = 0;
      boolean first = true;
      while (ts.incrementToken()) {
        int start = offsets.startOffset();
        int end = offsets.endOffset();
        assertTrue(term.length() > 0, "empty token");
        assertTrue(
            0 <= start && start <= end && end <= text.length(), "offsets " + start + "-" + end);
        assertTrue(start >= lastStart, "offsets go back: " + start + " after " + lastStart);
        assertTrue(inc.getPositionIncrement() >= 0 && (!first || inc.getPositionIncrement() > 0));
        lastStart = start;
        first = false;
      }
      ts.end();
      assertTrue(offsets.endOffset() <= text.length());
    }
  }
}
