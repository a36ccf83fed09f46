package dev.fahras.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

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

  /** How many completions per one asked are weighed against the words typed before. */
  private static final int CONTEXT_POOL = 3;

  /** Up to {@code n} completions of {@code typed} over {@code searcher}'s view. */
  List<Suggestion> suggest(IndexSearcher searcher, Analyzer analyzer, String typed, int n)
      throws IOException {
    // more than asked: the words typed before may bring a rarer completion forward
    List<Suggestion> found =
        of(searcher.getIndexReader()).suggester().suggest(typed, CONTEXT_POOL * n);
    return CompletionContext.rank(searcher, analyzer, typed, found, n);
  }

  /** What the aids of {@code reader}'s view cost, built when not yet. */
  TypingAidsCost cost(IndexReader reader) throws IOException {
    TypingAids aids = of(reader);
    return new TypingAidsCost(
        aids.vocabulary.size(),
        aids.vocabulary.bytes() + aids.suggester().bytes(),
        aids.buildNanos / 1_000_000);
  }
}
