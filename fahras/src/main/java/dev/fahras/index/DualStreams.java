package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * One analysis pass for two fields: the stemmed and the unstemmed (exact) tokens of the same text,
 * which share every step but the stemmer. Not thread-safe: one per indexing thread.
 */
final class DualStreams {
  private final FahrasArabicAnalyzer analyzer;
  private final Tokenizer source;
  // the unstemmed terms are recorded on the way to the stemmer and replayed for the exact field
  private final TermRecorder recorder;
  private final TokenStream stemmed;
  private final TokenStream exact;

  DualStreams(FahrasArabicAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.source = analyzer.newTokenizer();
    this.recorder = new TermRecorder(analyzer.filtersBeforeStemming(source));
    this.stemmed = analyzer.stemFilter(recorder);
    this.exact = recorder.replay();
  }

  /** The stemmed tokens of {@code text}; consume them before {@link #exact()}. */
  TokenStream stemmed(String text) {
    source.setReader(analyzer.wrapReader(new StringReader(text)));
    return stemmed;
  }

  /** The unstemmed tokens of the text last given to {@link #stemmed}, replayed. */
  TokenStream exact() {
    return exact;
  }
}
