package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** The page's passages from the ranked candidates: a stable order, at most so many per key. */
final class PerKeySelection {
  private PerKeySelection() {}

  record Selected(int doc, float score) {}

  /**
   * Orders the candidates by score, then document id, then passage ordinal (a stable order across
   * pages and index rebuilds), and keeps at most {@code perKey} per key (document or source).
   */
  static List<Selected> select(
      IndexSearcher searcher, ScoreDoc[] hits, String keyField, int perKey, int need)
      throws IOException {
    int n = hits.length;
    String[] keys = values(searcher, hits, keyField);
    String[] ids = keyField.equals(Schema.DOC_ID) ? keys : values(searcher, hits, Schema.DOC_ID);
    long[] ordinals = ordinals(searcher, hits);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Float.compare(hits[b].score, hits[a].score);
          if (c != 0) return c;
          c = ids[a].compareTo(ids[b]);
          return c != 0 ? c : Long.compare(ordinals[a], ordinals[b]);
        });
    List<Selected> out = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    for (int i : order) {
      if (taken.merge(keys[i], 1, Integer::sum) > perKey) continue;
      out.add(new Selected(hits[i].doc, hits[i].score));
      if (out.size() >= need) break;
    }
    return out;
  }

  /** The sorted-doc-values string of {@code field} for each hit, read leaf by leaf in doc order. */
  private static String[] values(IndexSearcher searcher, ScoreDoc[] hits, String field)
      throws IOException {
    String[] out = new String[hits.length];
    Arrays.fill(out, "");
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] byDoc = byDoc(hits);
    SortedDocValues dv = null;
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    for (int i : byDoc) {
      int li = ReaderUtil.subIndex(hits[i].doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        dv = leaf.reader().getSortedDocValues(field);
      }
      if (dv != null && dv.advanceExact(hits[i].doc - leaf.docBase))
        out[i] = dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
    return out;
  }

  private static long[] ordinals(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    long[] out = new long[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    NumericDocValues dv = null;
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    for (int i : byDoc(hits)) {
      int li = ReaderUtil.subIndex(hits[i].doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        dv = leaf.reader().getNumericDocValues(Schema.ORDINAL);
      }
      if (dv != null && dv.advanceExact(hits[i].doc - leaf.docBase)) out[i] = dv.longValue();
    }
    return out;
  }

  private static Integer[] byDoc(ScoreDoc[] hits) {
    Integer[] idx = new Integer[hits.length];
    for (int i = 0; i < idx.length; i++) idx[i] = i;
    Arrays.sort(idx, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
    return idx;
  }
}
