package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;

/**
 * Each document's source in one segment, as an ordinal of the segment's source doc values, read
 * once and kept while the segment is open. Counting passages per source looks the source up for
 * every match: through the sparse doc values (records have no source) that lookup was half the
 * count's time. Two bytes a document while there are fewer than 65,535 sources, four beyond.
 */
final class SourceOrdinals {
  private static final Map<IndexReader.CacheKey, SourceOrdinals> OPEN = new ConcurrentHashMap<>();

  /** 0 for a document without a source, else its ordinal + 1. */
  private final char[] small;

  private final int[] large;
  private final int sourceCount;

  private SourceOrdinals(LeafReader reader) throws IOException {
    SortedDocValues dv = reader.getSortedDocValues(Schema.SOURCE);
    int maxDoc = reader.maxDoc();
    // shared by concurrent searches: only arrays, never a doc values instance (they keep state)
    boolean fits = dv == null || dv.getValueCount() < Character.MAX_VALUE;
    small = fits ? new char[maxDoc] : null;
    large = fits ? null : new int[maxDoc];
    if (dv != null) {
      for (int doc = dv.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
        if (fits) small[doc] = (char) (dv.ordValue() + 1);
        else large[doc] = dv.ordValue() + 1;
      }
    }
    this.sourceCount = dv == null ? 0 : dv.getValueCount();
  }

  /**
   * The ordinals of {@code reader}'s segment, kept until the reader closes (a segment whose deletes
   * change is another reader: its ordinals are read again, as they must be after a merge).
   */
  static SourceOrdinals of(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) return new SourceOrdinals(reader);
    SourceOrdinals known = OPEN.get(helper.getKey());
    if (known != null) return known;
    SourceOrdinals read = new SourceOrdinals(reader);
    if (OPEN.putIfAbsent(helper.getKey(), read) == null) helper.addClosedListener(OPEN::remove);
    return read;
  }

  /** {@code doc}'s source ordinal + 1, or 0 when it has none. */
  int ordinalPlusOne(int doc) {
    return small != null ? small[doc] : large[doc];
  }

  /** How many distinct sources the segment has. */
  int sourceCount() {
    return sourceCount;
  }

  /** How many segments' ordinals are kept now (for tests). */
  static int kept() {
    return OPEN.size();
  }
}
