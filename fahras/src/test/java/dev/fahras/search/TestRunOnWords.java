package dev.fahras.search;

import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestRunOnWords extends LuceneTestCase {
  public void testSplitAfterLettersThatEndWords() {
    assertEquals("المدينة المنورة", RunOnWords.split("المدينةالمنورة"));
    assertEquals("على السجن", RunOnWords.split("علىالسجن"));
    assertEquals(
        "كم تبعد مكة عن المدينة المنورة؟", RunOnWords.split("كم تبعد مكة عن المدينةالمنورة؟"));
  }

  public void testOtherTextIsUnchanged() {
    String[] same = {"المدينة المنورة", "مدينةً", "الصلاة،", "سنة 2022", "ة", "", "على"};
    for (String s : same) assertSame(s, RunOnWords.split(s));
  }

  public void testRunOnQueryFindsThePassage() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("madina", "s", "وصل الوفد إلى المدينة المنورة صباحا."));
      w.add(SourceDocument.of("other", "s", "وصل الوفد إلى القاهرة صباحا."));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        var hits = s.search("المدينةالمنورة").hits();
        assertFalse(hits.isEmpty());
        assertEquals("madina", hits.get(0).docId());
      }
    }
  }
}
