package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The ranking of a search, page aside: the first stage's top candidates (or each source's best),
 * the second stage's evidence added to them, and the per-document or per-source cap applied.
 */
final class Candidates {
  /** Hits counted exactly up to here; beyond, the total is a lower bound and scoring may skip. */
  private static final int TOTAL_HITS_THRESHOLD = 1000;

  private Candidates() {}

  /**
   * The ranked, capped candidates up to the page's end; the total of matches and whether it is
   * exact; every match's source counted, when the first stage saw them all (else null).
   */
  record Selection(
      List<PerKeySelection.Selected> selected,
      long total,
      boolean exact,
      Map<String, Long> countedAlongside) {}

  static Selection select(
      IndexSearcher searcher, Query candidates, Query evidence, SearchOptions options)
      throws IOException {
    int need = options.offset() + options.limit();
    int perKey = options.perSource() > 0 ? options.perSource() : options.perDocument();
    String keyField = options.perSource() > 0 ? Schema.SOURCE : Schema.DOC_ID;
    if (options.perSource() > 0) {
      // one pass keeping the best candidates of each source: no re-fetching however rare a
      // source; a few more than the cap, so reranking can reorder within a source
      BestPerSource.Result best =
          searcher.search(candidates, BestPerSource.manager(Math.max(4 * perKey, 8)));
      ScoreDoc[] hits = rerank(searcher, best.hits(), evidence);
      // not exact: documents that could not compete were skipped uncounted
      return new Selection(
          PerKeySelection.select(searcher, hits, keyField, perKey, need),
          best.total(),
          false,
          null);
    }
    // the rerank depth matters only where a second stage reorders; without one (most queries
    // of one or two words) the first stage's top is the ranking, and a shallow top prunes more
    int fetch = evidence == null ? need * 4 : Math.max(options.rerankDepth(), need * 4);
    while (true) {
      var topManager = new TopScoreDocCollectorManager(fetch, TOTAL_HITS_THRESHOLD);
      TopDocs top;
      Map<String, Long> countedAlongside = null;
      if (options.countSources()) {
        SourceCounts.Alongside alongside =
            searcher.search(candidates, SourceCounts.alongside(topManager));
        top = alongside.top();
        countedAlongside = alongside.exact();
      } else {
        top = searcher.search(candidates, topManager);
      }
      ScoreDoc[] hits = rerank(searcher, top.scoreDocs, evidence);
      List<PerKeySelection.Selected> selected =
          PerKeySelection.select(searcher, hits, keyField, perKey, need);
      if (selected.size() >= need || top.scoreDocs.length < fetch || searcher.timedOut()) {
        return new Selection(
            selected,
            top.totalHits.value(),
            top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
            countedAlongside);
      }
      fetch *= 4; // the cap left the page short: look deeper
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
}
