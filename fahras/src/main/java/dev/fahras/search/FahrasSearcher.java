package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.Synonyms;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IncompatibleIndexException;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.IndexViews;
import dev.fahras.index.RecordValue;
import dev.fahras.index.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches a Fahras index: ranked passages with their document, source and highlights.
 *
 * <p>Thread-safe: share one instance. Opened on a {@link FahrasIndexWriter} it sees what the writer
 * added (near-real-time); opened on a directory it sees each new commit. Searches look for new
 * documents at most every 0.1 s; {@link #refresh()} makes them visible at once. Close it when done.
 */
public final class FahrasSearcher implements Closeable {
  /** Hits counted exactly up to here; beyond, the total is a lower bound and scoring may skip. */
  private static final int TOTAL_HITS_THRESHOLD = 1000;

  private static final SearcherFactory FACTORY =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher s = new IndexSearcher(reader);
          s.setSimilarity(Schema.SIMILARITY);
          return s;
        }
      };
  private static final Query PASSAGES = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PASSAGE));

  private final SearcherManager manager;
  private final Directory ownedDirectory;

  /** The index's analyzer: queries without synonyms, and passages re-analyzed to highlight. */
  private final Analyzer analyzer;

  private final QueryFactory queries;

  /** How often searches look for new documents, and when they last did. */
  private static final long REFRESH_NANOS = 100_000_000L;

  private volatile long lastRefreshCheck = System.nanoTime() - REFRESH_NANOS;

  private FahrasSearcher(
      SearcherManager manager,
      Directory ownedDirectory,
      IndexConfig config,
      SearcherConfig searchConfig) {
    this.manager = manager;
    this.ownedDirectory = ownedDirectory;
    this.analyzer = Schema.indexAnalyzer(config.analyzer());
    SynonymMap synonyms = synonyms(config, searchConfig);
    this.queries =
        new QueryFactory(
            analyzer,
            synonyms == null ? null : Schema.queryAnalyzer(config.analyzer(), synonyms),
            searchConfig.evidenceOff());
  }

  /**
   * The synonyms queries get: the chosen ones, or the index's own and, when that evidence is on,
   * the built-in set.
   */
  private static SynonymMap synonyms(IndexConfig config, SearcherConfig searchConfig) {
    if (!searchConfig.defaultSynonyms()) return searchConfig.synonyms();
    boolean builtIn = !searchConfig.evidenceOff().contains(Evidence.BUILT_IN_SYNONYMS);
    if (config.synonyms() == null) return builtIn ? Synonyms.defaults() : null;
    try {
      return Synonyms.merged(builtIn, Map.of("the index's synonyms", config.synonyms()));
    } catch (IOException e) {
      throw new IllegalStateException("the synonyms kept with the index do not parse", e);
    }
  }

  /**
   * Opens the index in folder {@code path} with the configuration it records ({@link
   * IndexConfig#of}) and the default synonyms: what the command line does.
   */
  public static FahrasSearcher open(Path path) throws IOException {
    return open(path, IndexConfig.of(path), SearcherConfig.defaults());
  }

  /**
   * Opens the index in folder {@code path}, built with {@code config}, with the default synonyms.
   */
  public static FahrasSearcher open(Path path, IndexConfig config) throws IOException {
    return open(path, config, SearcherConfig.defaults());
  }

  /**
   * Opens the index in folder {@code path}, which must exist and have been built with {@code
   * config}.
   *
   * @throws IndexNotFoundException when there is no index at {@code path}
   * @throws IncompatibleIndexException when it was built with another configuration
   */
  public static FahrasSearcher open(Path path, IndexConfig config, SearcherConfig searchConfig)
      throws IOException {
    if (!Files.isDirectory(path)) throw new IndexNotFoundException("no index at " + path);
    Directory dir = FSDirectory.open(path);
    try {
      return new FahrasSearcher(
          IndexViews.committed(dir, config, FACTORY), dir, config, searchConfig);
    } catch (IndexNotFoundException e) {
      dir.close();
      throw new IndexNotFoundException("no index at " + path);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens an index in a directory the caller owns. */
  public static FahrasSearcher open(Directory dir, IndexConfig config) throws IOException {
    return open(dir, config, SearcherConfig.defaults());
  }

  /** Opens an index in a directory the caller owns. */
  public static FahrasSearcher open(Directory dir, IndexConfig config, SearcherConfig searchConfig)
      throws IOException {
    return new FahrasSearcher(
        IndexViews.committed(dir, config, FACTORY), null, config, searchConfig);
  }

  /** A near-real-time searcher over {@code writer}'s index, including uncommitted documents. */
  public static FahrasSearcher open(FahrasIndexWriter writer) throws IOException {
    return open(writer, SearcherConfig.defaults());
  }

  /** A near-real-time searcher over {@code writer}'s index, including uncommitted documents. */
  public static FahrasSearcher open(FahrasIndexWriter writer, SearcherConfig searchConfig)
      throws IOException {
    return new FahrasSearcher(
        IndexViews.nearRealTime(writer, FACTORY), null, writer.config(), searchConfig);
  }

  /**
   * The tokens of {@code text} as the index's analyzer makes them (stemmed, no synonyms): what a
   * passage with this text is found by.
   */
  public List<AnalyzedToken> analyze(String text) throws IOException {
    return AnalyzedToken.analyze(analyzer, Schema.TEXT, text);
  }

  /**
   * Passage-field document frequencies of {@code searcher}'s view, to rank a long query's words.
   */
  private static InformativeWords.DocFreq docFreq(IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    return term -> reader.docFreq(new Term(Schema.TEXT, term));
  }

  /**
   * Looks for new documents at most every {@link #REFRESH_NANOS}: the look (for a folder, listing
   * it and reading the latest commit) would otherwise cost every search.
   */
  private void maybeRefresh(long now) throws IOException {
    if (now - lastRefreshCheck < REFRESH_NANOS) return;
    lastRefreshCheck = now;
    manager.maybeRefresh();
  }

  /** Makes documents added or committed since the last refresh visible. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /**
   * Whether {@code q} is the query that matches nothing because nothing in it could be searched.
   */
  private static boolean isEmpty(Query q) {
    return q instanceof BooleanQuery b && b.clauses().isEmpty();
  }

  /** Why a query that matches nothing by construction does so, or null when it had no words. */
  private static final int TATWEEL = 0x0640;

  private static SearchResult.Notice whyEmpty(String query, SearchOptions.Mode mode) {
    // tatweel (ـ) is a letter to Unicode but stretches a word; alone it is no word at all
    if (query.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) && c != TATWEEL)) {
      return null;
    }
    if (mode == SearchOptions.Mode.PLAIN
        && PlainSyntax.parts(query).stream().allMatch(p -> p.sign() == '-')) {
      return SearchResult.Notice.ONLY_EXCLUSIONS;
    }
    return SearchResult.Notice.ONLY_STOPWORDS;
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
    maybeRefresh(started);
    IndexSearcher shared = manager.acquire();
    try {
      RankedQuery ranked = queries.build(query, options.mode(), docFreq(shared));
      Query candidates = withFilters(ranked.candidates(), options, shared.getIndexReader());
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setSimilarity(Schema.SIMILARITY);
      searcher.setTimeout(new QueryTimeoutImpl(options.timeoutMillis()));
      int need = options.offset() + options.limit();
      int perKey = options.perSource() > 0 ? options.perSource() : options.perDocument();
      String keyField = options.perSource() > 0 ? Schema.SOURCE : Schema.DOC_ID;
      // the rerank depth matters only where a second stage reorders; without one (most queries
      // of one or two words) the first stage's top is the ranking, and a shallow top prunes more
      int fetch = ranked.evidence() == null ? need * 4 : Math.max(options.rerankDepth(), need * 4);
      List<PerKeySelection.Selected> selected;
      Map<String, Long> countedAlongside =
          null; // every match's source, when the first stage saw all
      long total;
      boolean exact;
      if (options.perSource() > 0) {
        // one pass keeping the best candidates of each source: no re-fetching however rare a
        // source; a few more than the cap, so reranking can reorder within a source
        BestPerSource.Result best =
            searcher.search(candidates, BestPerSource.manager(Math.max(4 * perKey, 8)));
        total = best.total();
        exact = false; // documents that could not compete were skipped uncounted
        ScoreDoc[] hits = rerank(searcher, best.hits(), ranked.evidence());
        selected = PerKeySelection.select(searcher, hits, keyField, perKey, need);
      } else {
        while (true) {
          var topManager = new TopScoreDocCollectorManager(fetch, TOTAL_HITS_THRESHOLD);
          TopDocs top;
          if (options.countSources()) {
            SourceCounts.Alongside alongside =
                searcher.search(candidates, SourceCounts.alongside(topManager));
            top = alongside.top();
            countedAlongside = alongside.exact();
          } else {
            top = searcher.search(candidates, topManager);
          }
          total = top.totalHits.value();
          exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
          ScoreDoc[] hits = rerank(searcher, top.scoreDocs, ranked.evidence());
          selected = PerKeySelection.select(searcher, hits, keyField, perKey, need);
          if (selected.size() >= need || top.scoreDocs.length < fetch || searcher.timedOut()) break;
          fetch *= 4;
        }
      }
      Highlighter highlighter =
          options.highlight() ? new Highlighter(analyzer, ranked.full()) : null;
      List<PassageHit> hits = new ArrayList<>();
      List<PerKeySelection.Selected> page =
          selected.subList(
              Math.min(options.offset(), selected.size()), Math.min(need, selected.size()));
      PassageReader.Read[] read =
          new PassageReader(searcher.getIndexReader())
              .read(page.stream().mapToInt(PerKeySelection.Selected::doc).toArray());
      for (int i = 0; i < page.size(); i++) {
        hits.add(hit(options.offset() + i + 1, read[i], page.get(i).score(), highlighter));
      }
      Map<String, Long> counts =
          !options.countSources()
              ? Map.of()
              : countedAlongside != null
                  ? countedAlongside
                  : SourceCounts.count(searcher, candidates);
      if (options.countSources()) {
        total = counts.values().stream().mapToLong(Long::longValue).sum();
        exact = true;
      }
      long took = (System.nanoTime() - started) / 1_000_000;
      SearchResult.Notice notice =
          ranked.onlyStopwords()
              ? SearchResult.Notice.ONLY_STOPWORDS
              : isEmpty(ranked.candidates()) ? whyEmpty(query, options.mode()) : null;
      return new SearchResult(query, total, exact, hits, counts, took, searcher.timedOut(), notice);
    } finally {
      manager.release(shared);
    }
  }

  /**
   * {@code hits} reranked by adding each one's {@code evidence} score (none when null), best first;
   * ties keep Lucene's order (lower document number first).
   */
  private static ScoreDoc[] rerank(IndexSearcher searcher, ScoreDoc[] hits, Query evidence)
      throws IOException {
    if (evidence == null || hits.length == 0) return hits;
    return Rerank.add(searcher, hits, evidence);
  }

  private static final Query RECORDS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_DOCUMENT));

  private static Query withFilters(Query query, SearchOptions options) throws IOException {
    return withFilters(query, options, null);
  }

  /**
   * {@code query} under the options' filters; with {@code reader}, a query whose densest word is
   * far denser than the sources asked for is kept whole ({@link FilteredByConjunction}).
   */
  private static Query withFilters(Query query, SearchOptions options, IndexReader reader)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean whole =
        reader != null
            && !options.sources().isEmpty()
            && FilteredByConjunction.pays(reader, query, options.sources());
    b.add(whole ? new FilteredByConjunction(query) : query, BooleanClause.Occur.MUST);
    // records match no passage field; only an advanced id: query could reach one
    if (options.mode() == SearchOptions.Mode.ADVANCED) b.add(RECORDS, BooleanClause.Occur.MUST_NOT);
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

  private static PassageHit hit(
      int rank, PassageReader.Read p, float score, Highlighter highlighter) {
    String text = p.text();
    List<Span> spans = highlighter == null ? List.of() : highlighter.spans(text);
    RecordValue.Excerpt d = p.passage();
    return new PassageHit(
        rank,
        d.id(),
        d.source(),
        d.title(),
        d.date(),
        d.url(),
        p.ordinal(),
        text,
        p.start(),
        p.end(),
        score,
        spans);
  }

  /** Explains why {@code hit} matched {@code query}. */
  public HitExplanation explain(String query, SearchOptions options, PassageHit hit)
      throws IOException {
    return explain(query, options, hit.docId(), hit.passage());
  }

  /**
   * Explains how passage {@code passage} of document {@code docId} matches {@code query}: the words
   * that matched and Lucene's score explanation (score 0 and no words when it does not).
   */
  public HitExplanation explain(String query, SearchOptions options, String docId, int passage)
      throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      Query userQuery = queries.build(query, options.mode(), docFreq(searcher)).full();
      Query full = withFilters(userQuery, options);
      Query one =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
              .add(IntPoint.newExactQuery(Schema.ORDINAL, passage), BooleanClause.Occur.FILTER)
              .add(PASSAGES, BooleanClause.Occur.FILTER)
              .build();
      var found = searcher.search(one, 1);
      if (found.scoreDocs.length == 0) {
        throw new IllegalArgumentException(
            "no passage " + passage + " in document '" + docId + "'");
      }
      int doc = found.scoreDocs[0].doc;
      String text = new PassageReader(searcher.getIndexReader()).read(doc).text();
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
              .add(RECORDS, BooleanClause.Occur.FILTER)
              .build();
      var top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) return null;
      int doc = top.scoreDocs[0].doc;
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      return PassageReader.record(
          leaf.reader().getBinaryDocValues(Schema.RECORD), doc - leaf.docBase, doc);
    } finally {
      manager.release(searcher);
    }
  }

  /** Ids of every document in the index, in id order. */
  public List<String> documentIds() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      List<String> ids = new ArrayList<>();
      Query q = RECORDS;
      var top =
          searcher.search(
              q,
              Math.max(1, searcher.getIndexReader().numDocs()),
              new Sort(new SortField(Schema.DOC_ID, SortField.Type.STRING)));
      for (var sd : top.scoreDocs) ids.add(((BytesRef) ((FieldDoc) sd).fields[0]).utf8ToString());
      return ids;
    } finally {
      manager.release(searcher);
    }
  }

  /** Passages of document {@code docId} (0 when there is no such document). */
  public int passageCount(String docId) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.count(
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
              .add(PASSAGES, BooleanClause.Occur.FILTER)
              .build());
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
