package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.analysis.StopwordSinkChain;
import org.apache.lucene.analysis.TokenStream;

/**
 * One analysis pass for the two passage fields over the same text: the stemmed tokens (each with
 * the code of its word's form as payload) and the stopwords the chain removed. Not thread-safe: one
 * per indexing thread.
 */
final class PassageStreams {
  private final StopwordRecorder stopwords = new StopwordRecorder();
  private final StopwordSinkChain chain;

  PassageStreams(FahrasArabicAnalyzer analyzer) {
    this.chain = analyzer.withStopwordSink(stopwords);
  }

  /** The stemmed tokens of {@code text}; consume them before {@link #stopwords()}. */
  TokenStream stemmed(String text) {
    stopwords.clear();
    return chain.tokens(text);
  }

  /** The stopwords of the text last given to {@link #stemmed}, at their positions. */
  TokenStream stopwords() {
    return stopwords.replay();
  }
}
