package dev.fahras.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;

/**
 * The {@link TypingAids} of the searcher's latest view of the index. Building them reads every word
 * of the index, so a view that changed keeps the last ones for up to {@link #STALE_NANOS}: new
 * words reach suggestions a little late rather than every commit costing a rebuild.
 */
final class TypingAidsCache {
  static final long STALE_NANOS = 60_000_000_000L;

  private TypingAids aids;
  private Object readerKey;
  private long builtAt;

  synchronized TypingAids of(IndexReader reader) throws IOException {
    Object key = reader.getReaderCacheHelper().getKey();
    long now = System.nanoTime();
    if (aids != null && (key == readerKey || now - builtAt < STALE_NANOS)) return aids;
    aids = new TypingAids(Vocabulary.of(reader), System.nanoTime() - now);
    readerKey = key;
    builtAt = now;
    return aids;
  }
}
