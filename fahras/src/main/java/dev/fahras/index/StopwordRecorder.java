package dev.fahras.index;

import dev.fahras.analysis.FahrasStopFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Keeps the stopwords the stop filter removes, at their positions, each with proclitics also as the
 * bare stopword (ومن and من): the tokens of {@link Schema#STOPWORDS}, the field that lets a query
 * of function words only find its phrase.
 */
final class StopwordRecorder implements FahrasStopFilter.Sink {
  private final RecordedTerms recorded = new RecordedTerms();
  private int lastPosition = -1;

  @Override
  public void removed(char[] term, int length, int bare, int position) {
    recorded.add(term, 0, length, position - lastPosition);
    if (bare > 0) recorded.add(term, bare, length - bare, 0);
    lastPosition = position;
  }

  /** Forgets the stopwords of the last text. */
  void clear() {
    recorded.clear();
    lastPosition = -1;
  }

  /** The stopwords recorded since the last {@link #clear()}, as a stream. */
  TokenStream replay() {
    return recorded.replay();
  }
}
