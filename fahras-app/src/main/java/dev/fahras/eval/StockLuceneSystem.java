package dev.fahras.eval;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline: stock Lucene {@link ArabicAnalyzer}, BM25, one passage per non-empty line, the
 * classic QueryParser with OR (an unparsable query is escaped and parsed again).
 */
public final class StockLuceneSystem implements RetrievalSystem {
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final Analyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final String name;

  public StockLuceneSystem(Path corpus) throws IOException {
    this(corpus, new ArabicAnalyzer(), "Lucene ArabicAnalyzer");
  }

  public StockLuceneSystem(Path corpus, Analyzer analyzer, String name) throws IOException {
    this.analyzer = analyzer;
    this.name = name;
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer));
        DocumentSource source = Sources.open(corpus, ReadOptions.DEFAULT)) {
      SourceDocument doc;
      while ((doc = source.next()) != null) w.addDocuments(lineDocuments(doc));
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  /**
   * The baseline's Lucene documents for one source document: one per non-empty line, with the
   * document id, its source (to filter on, as Fahras does), the line's number among them and its
   * text (stored), analyzed by the writer's analyzer. The benchmarks index the same documents.
   */
  public static List<Document> lineDocuments(SourceDocument doc) {
    List<Document> lines = new ArrayList<>();
    for (String line : doc.text().split("\n")) {
      if (line.isBlank()) continue;
      Document d = new Document();
      d.add(new StringField("id", doc.id(), Field.Store.YES));
      d.add(new StringField("source", doc.source(), Field.Store.NO));
      d.add(new StoredField("line", lines.size()));
      d.add(new TextField("text", line, Field.Store.YES));
      lines.add(d);
    }
    return lines;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Result> search(String query, int k) throws IOException {
    QueryParser parser = new QueryParser("text", analyzer);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    Query q;
    try {
      q = parser.parse(query);
    } catch (ParseException e) {
      try {
        q = parser.parse(QueryParser.escape(query));
      } catch (ParseException e2) {
        return List.of();
      }
    }
    List<Result> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, k).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc);
      out.add(new Result(d.get("id"), d.get("id") + "#" + d.get("line"), d.get("text")));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
