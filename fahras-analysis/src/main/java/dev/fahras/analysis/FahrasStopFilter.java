package dev.fahras.analysis;

import static dev.fahras.analysis.FahrasLightStemmer.HEH;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes stopwords, also when they carry proclitics (the conjunction و or ف, then the preposition
 * ب, ل or ك: وفي, فهو, والتي, بماذا, لهذا, وبما) or an attached pronoun that is itself a stopword
 * (ماهي, منهم), keeping position increments so phrase queries still line up. The set holds
 * normalized words ({@link FahrasNormalizer}); the filter runs after normalization.
 */
public final class FahrasStopFilter extends FilteringTokenFilter {
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
    int proclitics = ArabicPrefixes.procliticLetters(buffer, len, true);
    while (proclitics > 0 && len - proclitics < 2) proclitics--; // two letters at least remain
    // each reading: the whole word, without the first proclitic, without both
    for (int from = 0; from <= proclitics; from++) {
      if (stopwords.contains(buffer, from, len - from)) return false;
      if (stopwordWithPronoun(buffer, from, len - from)) return false;
    }
    return true;
  }

  /** A stopword followed by a pronoun that is one too (ما + هي, من + هم): ماهي, منهم. */
  private boolean stopwordWithPronoun(char[] s, int start, int len) {
    for (int pronoun = 2; pronoun <= 3; pronoun++) {
      int at = start + len - pronoun;
      if (len - pronoun >= 2
          && s[at] == HEH
          && stopwords.contains(s, at, pronoun)
          && stopwords.contains(s, start, len - pronoun)) return true;
    }
    return false;
  }
}
