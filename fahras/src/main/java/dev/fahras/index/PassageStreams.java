package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * One analysis pass for the three passage fields over the same text: the stemmed tokens, the
 * unstemmed (exact) ones, which share every step but the stemmer, and the stopwords the chain
 * removed. Not thread-safe: one per indexing thread.
 */
final class PassageStreams {
  private final FahrasArabicAnalyzer analyzer;
  private final Tokenizer source;
  // the unstemmed terms are recorded on the way to the stemmer and replayed for the exact field
  private final TermRecorder recorder;
  private final StopwordRecorder stopwords = new StopwordRecorder();
  private final TokenStream stemmed;
  private final TokenStream exact;

  PassageStreams(FahrasArabicAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.source = analyzer.newTokenizer();
    this.recorder = new TermRecorder(analyzer.filtersBeforeStemming(source, stopwords));
    this.stemmed = analyzer.stemFilter(recorder);
    this.exact = recorder.replay();
  }

  /** The stemmed tokens of {@code text}; consume them before {@link #exact()}. */
  TokenStream stemmed(String text) {
    stopwords.clear();
    source.setReader(analyzer.wrapReader(new StringReader(text)));
    return stemmed;
  }

  /** The unstemmed tokens of the text last given to {@link #stemmed}, replayed. */
  TokenStream exact() {
    return exact;
  }

  /** The stopwords of the text last given to {@link #stemmed}, at their positions. */
  TokenStream stopwords() {
    return stopwords.replay();
  }
}
