package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
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

  /**
   * A year of history (1227) is a "when" answer as much as one of the news: the passage with it
   * outranks one with the same words and no date (years before 1800 counted for nothing once).
   */
  public void testYearOfHistoryAnswersWhen() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("undated", "s", "توفي القائد بعد حملة طويلة على المدن الشرقية."));
      w.add(SourceDocument.of("dated", "s", "توفي القائد سنة 1227 بعد حملة طويلة على المدن."));
      w.commit();
      String q = "متى توفي القائد؟";
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals("dated", s.search(q).hits().get(0).docId());
      }
    }
  }
}
