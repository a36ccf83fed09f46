package dev.fahras.analysis.query;

import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The query tests' index: documents of whitespace-separated terms in one field. */
final class WordIndex {
  private WordIndex() {}

  /** Writes {@code docs} documents into {@code dir}, document {@code i}'s text being text(i). */
  static void write(Directory dir, String field, int docs, IntFunction<String> text)
      throws IOException {
    try (RandomIndexWriter w =
        new RandomIndexWriter(
            LuceneTestCase.random(),
            dir,
            LuceneTestCase.newIndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < docs; i++) {
        Document d = new Document();
        d.add(new TextField(field, text.apply(i), Field.Store.NO));
        w.addDocument(d);
      }
    }
  }
}
