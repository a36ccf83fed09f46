package dev.fahras.analysis;

import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * An analyzer's whole chain over texts given one at a time, the stopwords it removes sent to a
 * sink: one pass for a caller that needs both (the index's passage fields). Reused from text to
 * text; not thread-safe.
 */
public final class StopwordSinkChain {
  private final FahrasArabicAnalyzer analyzer;
  private final Tokenizer source;
  private final TokenStream tokens;

  StopwordSinkChain(FahrasArabicAnalyzer analyzer, FahrasStopFilter.Sink sink) {
    this.analyzer = analyzer;
    this.source = analyzer.newTokenizer();
    this.tokens = analyzer.stemFilter(analyzer.filtersBeforeStemming(source, sink));
  }

  /** The tokens of {@code text}; consume them before giving the next. */
  public TokenStream tokens(String text) {
    source.setReader(analyzer.wrapReader(new StringReader(text)));
    return tokens;
  }
}
