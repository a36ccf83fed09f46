package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * One analysis pass for the two passage fields over the same text: the stemmed tokens (each with
 * the code of its word's form as payload) and the stopwords the chain removed. Not thread-safe: one
 * per indexing thread.
 */
final class PassageStreams {
  private final FahrasArabicAnalyzer analyzer;
  private final Tokenizer source;
  private final StopwordRecorder stopwords = new StopwordRecorder();
  private final TokenStream stemmed;

  PassageStreams(FahrasArabicAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.source = analyzer.newTokenizer();
    this.stemmed = analyzer.stemFilter(analyzer.filtersBeforeStemming(source, stopwords));
  }

  /** The stemmed tokens of {@code text}; consume them before {@link #stopwords()}. */
  TokenStream stemmed(String text) {
    stopwords.clear();
    source.setReader(analyzer.wrapReader(new StringReader(text)));
    return stemmed;
  }

  /** The stopwords of the text last given to {@link #stemmed}, at their positions. */
  TokenStream stopwords() {
    return stopwords.replay();
  }
}
