package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/** The page's passages from the ranked candidates: a stable order, at most so many per key. */
final class PerKeySelection {
  private PerKeySelection() {}

  record Selected(int doc, float score) {}

  /**
   * Orders the candidates by score, then document id (in its bytes' order, as Lucene sorts ids),
   * then passage ordinal (a stable order across pages and index rebuilds), and keeps at most {@code
   * perKey} per key (document or source). Ties are ordered only among the candidates the page
   * reaches: ordering ids across segments looks them up.
   */
  static List<Selected> select(
      IndexSearcher searcher, ScoreDoc[] hits, String keyField, int perKey, int need)
      throws IOException {
    boolean perDocument = keyField.equals(Schema.DOC_ID);
    Candidates c = new Candidates(searcher, hits, !perDocument);
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingDouble(i -> -hits[i].score));
    Comparator<Integer> tieBreak =
        ((Comparator<Integer>) c::compareIds).thenComparingLong(c::ordinal);
    List<Selected> out = new ArrayList<>();
    Map<Object, Integer> taken = new HashMap<>();
    for (int from = 0; from < order.length && out.size() < need; ) {
      int to = from + 1;
      while (to < order.length && hits[order[to]].score == hits[order[from]].score) to++;
      if (to - from > 1) Arrays.sort(order, from, to, tieBreak);
      for (int k = from; k < to && out.size() < need; k++) {
        int i = order[k];
        Object key = perDocument ? c.documentKey(i) : c.source(i);
        if (taken.merge(key, 1, Integer::sum) > perKey) continue;
        out.add(new Selected(hits[i].doc, hits[i].score));
      }
      from = to;
    }
    return out;
  }

  /**
   * The keys of the candidates: ordinals read in one pass in document order. Within a segment, id
   * ordinals order as the ids do; ids are looked up only to order ties across segments. A
   * document's passages share its segment (they are added as one block), so its segment and id
   * ordinal identify it.
   */
  private static final class Candidates {
    private final List<LeafReaderContext> leaves;
    private final int[] leaf;
    private final int[] idOrds;
    private final int[] sourceOrds;
    private final long[] ordinals;
    private final BytesRef[] ids;
    private final Map<Long, String> sourceNames = new HashMap<>();

    /** Per segment and field, the doc values that ordinals are looked up in, opened when needed. */
    private final Map<String, SortedDocValues[]> lookups = new HashMap<>();

    /** With {@code bySource}, the sources' ordinals are read too. */
    Candidates(IndexSearcher searcher, ScoreDoc[] hits, boolean bySource) throws IOException {
      this.leaves = searcher.getIndexReader().leaves();
      int n = hits.length;
      leaf = new int[n];
      idOrds = new int[n];
      sourceOrds = new int[n];
      ordinals = new long[n];
      ids = new BytesRef[n];
      Integer[] byDoc = new Integer[n];
      for (int i = 0; i < n; i++) byDoc[i] = i;
      Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
      int current = -1;
      SortedDocValues idDv = null;
      SortedDocValues sourceDv = null;
      NumericDocValues ordinalDv = null;
      for (int i : byDoc) {
        int li = ReaderUtil.subIndex(hits[i].doc, leaves);
        LeafReaderContext ctx = leaves.get(li);
        if (li != current) {
          current = li;
          idDv = ctx.reader().getSortedDocValues(Schema.DOC_ID);
          sourceDv = bySource ? ctx.reader().getSortedDocValues(Schema.SOURCE) : null;
          ordinalDv = ctx.reader().getNumericDocValues(Schema.ORDINAL);
        }
        int doc = hits[i].doc - ctx.docBase;
        leaf[i] = li;
        idOrds[i] = idDv != null && idDv.advanceExact(doc) ? idDv.ordValue() : -1;
        sourceOrds[i] = sourceDv != null && sourceDv.advanceExact(doc) ? sourceDv.ordValue() : -1;
        ordinals[i] = ordinalDv != null && ordinalDv.advanceExact(doc) ? ordinalDv.longValue() : 0;
      }
    }

    /** Segment and id ordinal of hit {@code i}'s document. */
    Long documentKey(int i) {
      return ((long) leaf[i] << 32) | (idOrds[i] & 0xffffffffL);
    }

    /** Orders hits {@code i} and {@code j} by their documents' ids. */
    int compareIds(Integer i, Integer j) {
      if (leaf[i] == leaf[j]) return Integer.compare(idOrds[i], idOrds[j]);
      return id(i).compareTo(id(j));
    }

    private BytesRef id(int i) {
      if (ids[i] == null) ids[i] = BytesRef.deepCopyOf(lookup(i, Schema.DOC_ID, idOrds[i]));
      return ids[i];
    }

    String source(int i) {
      return sourceNames.computeIfAbsent(
          ((long) leaf[i] << 32) | (sourceOrds[i] & 0xffffffffL),
          k -> lookup(i, Schema.SOURCE, sourceOrds[i]).utf8ToString());
    }

    long ordinal(int i) {
      return ordinals[i];
    }

    /**
     * The term of {@code ord} in {@code field} of hit {@code i}'s segment; valid until the next.
     */
    private BytesRef lookup(int i, String field, int ord) {
      if (ord < 0) return EMPTY;
      try {
        SortedDocValues[] perLeaf =
            lookups.computeIfAbsent(field, f -> new SortedDocValues[leaves.size()]);
        if (perLeaf[leaf[i]] == null)
          perLeaf[leaf[i]] = leaves.get(leaf[i]).reader().getSortedDocValues(field);
        return perLeaf[leaf[i]].lookupOrd(ord);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static final BytesRef EMPTY = new BytesRef();
  }
}
