package dev.fahras.search;

import dev.fahras.analysis.Synonyms;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * One search of the passages, as typed, over one view of the index: the query built ({@link
 * QueryFactory}), filtered, its candidates selected and reranked ({@link Candidates}), the page
 * read and highlighted ({@link Page}), the counts; and why a passage matched ({@link #explain}).
 */
final class PassageSearch {
  private final QueryFactory queries;

  /** The index's analyzer, to highlight and explain. */
  private final Analyzer analyzer;

  PassageSearch(QueryFactory queries, Analyzer analyzer) {
    this.queries = queries;
    this.analyzer = analyzer;
  }

  /** Searches with {@code analyzer} (the index's) as {@code searchConfig} says. */
  static PassageSearch of(Analyzer analyzer, IndexConfig config, SearcherConfig searchConfig) {
    SynonymMap synonyms = synonyms(config, searchConfig);
    return new PassageSearch(
        new QueryFactory(
            analyzer,
            synonyms == null ? null : Schema.queryAnalyzer(config.analyzer(), synonyms),
            searchConfig.evidenceOff()),
        analyzer);
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

  /** {@code query} as typed over the view {@code shared}, timed from {@code started}. */
  SearchResult run(IndexSearcher shared, String query, SearchOptions options, long started)
      throws IOException {
    {
      RankedQuery ranked = queries.build(query, options.mode(), docFreq(shared));
      Query candidates = withFilters(ranked.candidates(), options, shared.getIndexReader());
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setSimilarity(Schema.SIMILARITY);
      searcher.setTimeout(new QueryTimeoutImpl(options.timeoutMillis()));
      Candidates.Selection selection =
          Candidates.select(searcher, candidates, ranked.evidence(), options);
      Highlighter highlighter =
          options.highlight() ? new Highlighter(analyzer, ranked.full()) : null;
      List<PassageHit> hits = Page.hits(searcher, selection.selected(), options, highlighter);
      long total = selection.total();
      boolean exact = selection.exact();
      Map<String, Long> countedAlongside = selection.countedAlongside();
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
    }
  }

  /**
   * Explains how passage {@code passage} of document {@code docId} matches {@code query}: the words
   * that matched and Lucene's score explanation (score 0 and no words when it does not).
   */
  HitExplanation explain(
      IndexSearcher searcher, String query, SearchOptions options, String docId, int passage)
      throws IOException {
    {
      Query userQuery = queries.build(query, options.mode(), docFreq(searcher)).full();
      Query full = withFilters(userQuery, options);
      int doc = PassageReader.locate(searcher, docId, passage);
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
                  m.field().equals(Schema.EXACT_FORMS) ? "exact" : "stem"));
        }
      }
      return new HitExplanation(words, e.isMatch() ? e.getValue().floatValue() : 0f, e.toString());
    }
  }

  /**
   * Passage-field document frequencies of {@code searcher}'s view, to rank a long query's words.
   */
  static InformativeWords.DocFreq docFreq(IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    return term -> reader.docFreq(new Term(Schema.TEXT, term));
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
    if (options.mode() == SearchOptions.Mode.ADVANCED)
      b.add(IndexContents.RECORDS, BooleanClause.Occur.MUST_NOT);
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
}
