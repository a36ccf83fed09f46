package dev.fahras.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The second stage: each candidate's evidence score added to its first-stage score, as Lucene's
 * {@code QueryRescorer} adds it, but asking only whether the evidence matches each candidate. The
 * rescorer advances the evidence's iterator, which for two-phase clauses (word pairs, exact forms
 * read from payloads) verifies document after document past a candidate that does not match, up to
 * the next one that does: with a frequent stem, most of the work.
 */
final class Rerank {
  private Rerank() {}

  /** {@code hits} with the evidence added, best first; ties by document number. */
  static ScoreDoc[] add(IndexSearcher searcher, ScoreDoc[] hits, Query evidence)
      throws IOException {
    ScoreDoc[] out = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) out[i] = new ScoreDoc(hits[i].doc, hits[i].score);
    Arrays.sort(out, Comparator.comparingInt(h -> h.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(evidence), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    TwoPhaseIterator twoPhase = null;
    DocIdSetIterator approximation = null;
    for (ScoreDoc hit : out) {
      while (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(++leafIndex);
        scorer = weight.scorer(leaf);
        twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
        approximation =
            scorer == null ? null : twoPhase != null ? twoPhase.approximation() : scorer.iterator();
      }
      if (scorer == null) continue;
      int target = hit.doc - leaf.docBase;
      int at = approximation.docID();
      if (at < target) at = approximation.advance(target);
      if (at == target && (twoPhase == null || twoPhase.matches())) hit.score += scorer.score();
    }
    Arrays.sort(
        out,
        (a, b) ->
            a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return out;
  }
}
