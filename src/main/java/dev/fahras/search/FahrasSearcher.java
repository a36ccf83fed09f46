package dev.fahras.search;

import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches a Fahras index: ranked passages with their document, source and highlights.
 *
 * <p>Thread-safe: share one instance. Opened on a {@link FahrasIndexWriter} it sees what the
 * writer added within a refresh (near-real-time); opened on a directory it sees each new commit.
 * Close it when done.
 */
public final class FahrasSearcher implements Closeable {
  private static final Sort ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(Schema.DOC_ID, SortField.Type.STRING),
          new SortField(Schema.ORDINAL, SortField.Type.LONG));
  private static final org.apache.lucene.search.SearcherFactory FACTORY =
      new org.apache.lucene.search.SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
          IndexSearcher s = new IndexSearcher(reader);
          s.setSimilarity(Schema.SIMILARITY);
          return s;
        }
      };
  private static final Query PASSAGES = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PASSAGE));

  private final SearcherManager manager;
  private final Directory ownedDirectory;
  private final Analyzer analyzer;
  private final QueryFactory queries;

  private FahrasSearcher(SearcherManager manager, Directory ownedDirectory, IndexConfig config) {
    this.manager = manager;
    this.ownedDirectory = ownedDirectory;
    this.analyzer = Schema.indexAnalyzer(config.analyzer());
    this.queries = new QueryFactory(analyzer);
  }

  /** Opens the index in folder {@code path}, which must exist and match {@code config}. */
  public static FahrasSearcher open(Path path, IndexConfig config) throws IOException {
    if (!java.nio.file.Files.isDirectory(path)) {
      throw new IOException("no index at " + path + "; build one first (fahras index --input PATH --index " + path + ")");
    }
    Directory dir = FSDirectory.open(path);
    try {
      return open(dir, config, true);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens an index in a directory the caller owns. */
  public static FahrasSearcher open(Directory dir, IndexConfig config) throws IOException {
    return open(dir, config, false);
  }

  private static FahrasSearcher open(Directory dir, IndexConfig config, boolean owned) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      throw new IOException("no index here; build one first (fahras index --input PATH --index DIR)");
    }
    FahrasIndexWriter.checkCompatible(dir, Schema.describe(config.analyzer()));
    return new FahrasSearcher(new SearcherManager(dir, FACTORY), owned ? dir : null, config);
  }

  /** A near-real-time searcher over {@code writer}'s index, including uncommitted documents. */
  public static FahrasSearcher open(FahrasIndexWriter writer) throws IOException {
    return new FahrasSearcher(new SearcherManager(writer.luceneWriter(), FACTORY), null, writer.config());
  }

  /** Makes documents added or committed since the last refresh visible. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /** Searches with default options. */
  public SearchResult search(String query) throws IOException {
    return search(query, SearchOptions.defaults());
  }

  /**
   * Runs {@code query}.
   *
   * @throws InvalidQueryException when the query is malformed (advanced mode) or over a limit
   */
  public SearchResult search(String query, SearchOptions options) throws IOException {
    long started = System.nanoTime();
    manager.maybeRefresh();
    Query userQuery = queries.build(query, options.mode());
    Query full = withFilters(userQuery, options);
    IndexSearcher shared = manager.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setSimilarity(Schema.SIMILARITY);
      searcher.setTimeout(new QueryTimeoutImpl(options.timeoutMillis()));
      int need = options.offset() + options.limit();
      int perKey = options.perSource() > 0 ? options.perSource() : options.perDocument();
      String keyField = options.perSource() > 0 ? Schema.SOURCE : Schema.DOC_ID;
      int fetch = Math.max(50, need * 4);
      List<Selected> selected;
      long total;
      while (true) {
        TopFieldDocs top = searcher.search(full, new TopFieldCollectorManager(ORDER, fetch, null, Integer.MAX_VALUE));
        total = top.totalHits.value();
        selected = select(searcher, top, keyField, perKey, need);
        if (selected.size() >= need || top.scoreDocs.length < fetch || fetch >= total || searcher.timedOut()) break;
        fetch = (int) Math.min(total, (long) fetch * 4);
      }
      Highlighter highlighter = options.highlight() ? new Highlighter(analyzer, userQuery) : null;
      List<PassageHit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (int i = options.offset(); i < selected.size() && i < need; i++) {
        Selected s = selected.get(i);
        hits.add(hit(i + 1, stored.document(s.doc), s.score, highlighter));
      }
      Map<String, Long> counts = options.countSources() ? countSources(searcher, full) : Map.of();
      long took = (System.nanoTime() - started) / 1_000_000;
      return new SearchResult(query, total, hits, counts, took, searcher.timedOut());
    } finally {
      manager.release(shared);
    }
  }

  private record Selected(int doc, float score) {}

  /** Walks ranked passages keeping at most {@code perKey} per key (document or source). */
  private static List<Selected> select(IndexSearcher searcher, TopFieldDocs top, String keyField, int perKey, int need)
      throws IOException {
    List<Selected> out = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (var sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
      SortedDocValues dv = leaf.reader().getSortedDocValues(keyField);
      String key = "";
      if (dv != null && dv.advanceExact(sd.doc - leaf.docBase)) key = dv.lookupOrd(dv.ordValue()).utf8ToString();
      int n = taken.merge(key, 1, Integer::sum);
      if (n > perKey) continue;
      // the first sort value is the score (FieldDoc.score stays NaN when sorting)
      out.add(new Selected(sd.doc, (Float) ((org.apache.lucene.search.FieldDoc) sd).fields[0]));
      if (out.size() >= need) break;
    }
    return out;
  }

  private static Query withFilters(Query query, SearchOptions options) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(query, BooleanClause.Occur.MUST);
    b.add(PASSAGES, BooleanClause.Occur.FILTER);
    if (!options.sources().isEmpty()) {
      List<BytesRef> terms = options.sources().stream().map(BytesRef::new).toList();
      b.add(new TermInSetQuery(Schema.SOURCE, terms), BooleanClause.Occur.FILTER);
    }
    if (options.from() != null || options.to() != null) {
      long lo = options.from() == null ? Long.MIN_VALUE : options.from().toEpochDay();
      long hi = options.to() == null ? Long.MAX_VALUE : options.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Schema.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private PassageHit hit(int rank, Document d, float score, Highlighter highlighter) {
    String text = d.get(Schema.TEXT);
    List<Span> spans = highlighter == null ? List.of() : highlighter.spans(text);
    return new PassageHit(
        rank,
        d.get(Schema.DOC_ID),
        d.get(Schema.SOURCE),
        orEmpty(d.get(Schema.TITLE)),
        orEmpty(d.get(Schema.DATE)),
        orEmpty(d.get(Schema.URL)),
        d.getField(Schema.ORDINAL).numericValue().intValue(),
        text,
        d.getField(Schema.START).numericValue().intValue(),
        d.getField(Schema.END).numericValue().intValue(),
        score,
        spans);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Matching passages per source, largest first, ties by name. */
  private static Map<String, Long> countSources(IndexSearcher searcher, Query query) throws IOException {
    Map<String, Long> counts =
        searcher.search(
            query,
            new CollectorManager<SourceCounter, Map<String, Long>>() {
              @Override
              public SourceCounter newCollector() {
                return new SourceCounter();
              }

              @Override
              public Map<String, Long> reduce(java.util.Collection<SourceCounter> collectors) {
                Map<String, Long> m = new HashMap<>();
                for (SourceCounter c : collectors) c.counts.forEach((k, v) -> m.merge(k, v, Long::sum));
                return m;
              }
            });
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
    Map<String, Long> sorted = new LinkedHashMap<>();
    for (var e : entries) sorted.put(e.getKey(), e.getValue());
    return sorted;
  }

  private static final class SourceCounter implements Collector {
    final Map<String, Long> counts = new HashMap<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedDocValues dv = context.reader().getSortedDocValues(Schema.SOURCE);
      long[] perOrd = dv == null ? new long[0] : new long[dv.getValueCount()];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (dv != null && dv.advanceExact(doc)) perOrd[dv.ordValue()]++;
        }

        @Override
        public void finish() throws IOException {
          for (int ord = 0; ord < perOrd.length; ord++) {
            if (perOrd[ord] > 0) counts.merge(dv.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Explains why {@code hit} matched {@code query}. */
  public HitExplanation explain(String query, SearchOptions options, PassageHit hit) throws IOException {
    return explain(query, options, hit.docId(), hit.passage());
  }

  /**
   * Explains how passage {@code passage} of document {@code docId} matches {@code query}: the
   * words that matched and Lucene's score explanation (score 0 and no words when it does not).
   */
  public HitExplanation explain(String query, SearchOptions options, String docId, int passage) throws IOException {
    Query userQuery = queries.build(query, options.mode());
    Query full = withFilters(userQuery, options);
    IndexSearcher searcher = manager.acquire();
    try {
      Query one =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
              .add(org.apache.lucene.document.IntPoint.newExactQuery(Schema.ORDINAL, passage), BooleanClause.Occur.FILTER)
              .add(PASSAGES, BooleanClause.Occur.FILTER)
              .build();
      var found = searcher.search(one, 1);
      if (found.scoreDocs.length == 0) {
        throw new IllegalArgumentException("no passage " + passage + " in document '" + docId + "'");
      }
      int doc = found.scoreDocs[0].doc;
      String text = searcher.storedFields().document(doc).get(Schema.TEXT);
      Explanation e = searcher.explain(full, doc);
      List<HitExplanation.WordMatch> words = new ArrayList<>();
      if (e.isMatch()) {
        for (Highlighter.Match m : new Highlighter(analyzer, userQuery).matches(text)) {
          words.add(
              new HitExplanation.WordMatch(
                  text.substring(m.span().start(), m.span().end()),
                  m.span().start(),
                  m.term(),
                  m.field().equals(Schema.TEXT_EXACT) ? "exact" : "stem"));
        }
      }
      return new HitExplanation(words, e.isMatch() ? e.getValue().floatValue() : 0f, e.toString());
    } finally {
      manager.release(searcher);
    }
  }

  /** The full stored text of a document and its boilerplate lines, or null when absent. */
  public StoredDocument document(String docId) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      Query q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_DOCUMENT)), BooleanClause.Occur.FILTER)
              .build();
      var top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) return null;
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      return StoredDocument.from(d);
    } finally {
      manager.release(searcher);
    }
  }

  /** Ids of every document in the index, in id order. */
  public List<String> documentIds() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      List<String> ids = new ArrayList<>();
      Query q = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_DOCUMENT));
      var top = searcher.search(q, Math.max(1, searcher.getIndexReader().numDocs()), new Sort(new SortField(Schema.DOC_ID, SortField.Type.STRING)));
      StoredFields stored = searcher.storedFields();
      for (var sd : top.scoreDocs) ids.add(stored.document(sd.doc).get(Schema.DOC_ID));
      return ids;
    } finally {
      manager.release(searcher);
    }
  }

  /** Passages in the index. */
  public int passageCount() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.count(PASSAGES);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      if (ownedDirectory != null) ownedDirectory.close();
    }
  }
}
