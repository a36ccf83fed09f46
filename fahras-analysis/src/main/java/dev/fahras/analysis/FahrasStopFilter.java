package dev.fahras.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes stopwords, also when they carry the conjunction و or ف (وفي, فهو, والتي), keeping
 * position increments so phrase queries still line up. The set holds normalized words ({@link
 * FahrasNormalizer}); the filter runs after normalization.
 */
public final class FahrasStopFilter extends FilteringTokenFilter {
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final WordSet stopwords;

  public FahrasStopFilter(TokenStream input, CharArraySet stopwords) {
    this(input, new WordSet(stopwords));
  }

  FahrasStopFilter(TokenStream input, WordSet stopwords) {
    super(input);
    this.stopwords = stopwords;
  }

  @Override
  protected boolean accept() {
    char[] buffer = term.buffer();
    int len = term.length();
    if (stopwords.contains(buffer, 0, len)) return false;
    return !(len > 2
        && (buffer[0] == WAW || buffer[0] == FEH)
        && stopwords.contains(buffer, 1, len - 1));
  }
}
