package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.index.Schema;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestAnswerType extends LuceneTestCase {
  /**
   * The weekdays' stems are written out for the date evidence; they must be what the index makes of
   * the names, or the evidence would silently find nothing.
   */
  public void testWeekdayStemsAreTheIndexes() {
    Analyzer analyzer = Schema.indexAnalyzer(new FahrasArabicAnalyzer());
    for (Map.Entry<String, String> day : AnswerType.WEEKDAYS.entrySet()) {
      var tokens = AnalyzedToken.analyze(analyzer, Schema.TEXT, day.getKey());
      assertEquals(day.getKey(), day.getValue(), tokens.get(0).term());
    }
  }
}
