package dev.fahras.analysis.query;

import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The query tests' index: documents of one text, in one field or several. */
final class WordIndex {
  private WordIndex() {}

  /** Writes {@code docs} documents into {@code dir}, document {@code i}'s text being text(i). */
  static void write(Directory dir, String field, int docs, IntFunction<String> text)
      throws IOException {
    write(dir, new WhitespaceAnalyzer(), docs, i -> text.apply(i), field);
  }

  /** The same, the text in each of {@code fields}, analyzed by {@code analyzer}. */
  static void write(
      Directory dir, Analyzer analyzer, int docs, IntFunction<String> text, String... fields)
      throws IOException {
    try (RandomIndexWriter w =
        new RandomIndexWriter(
            LuceneTestCase.random(), dir, LuceneTestCase.newIndexWriterConfig(analyzer))) {
      for (int i = 0; i < docs; i++) {
        Document d = new Document();
        for (String field : fields) d.add(new TextField(field, text.apply(i), Field.Store.NO));
        w.addDocument(d);
      }
    }
  }
}
