package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.HEH;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Removes stopwords, also when they carry proclitics (the conjunction و or ف, then the preposition
 * ب, ل or ك: وفي, فهو, والتي, بماذا, لهذا, وبما) or an attached pronoun that is itself a stopword
 * (ماهي, منهم), keeping position increments so phrase queries still line up. The set holds
 * normalized words ({@link FahrasNormalizer}); the filter runs after normalization.
 *
 * <p>A {@link Sink} given to it receives each removed stopword with its position: the index keeps
 * them in a field of their own, so a query of stopwords only still finds its phrase.
 */
public final class FahrasStopFilter extends FilteringTokenFilter {
  /** Receives the stopwords the filter removes. */
  public interface Sink {
    /**
     * {@code term[0, length)} was removed at {@code position} (the first token is at 0); the
     * stopword itself starts at {@code bare}, after its proclitics (0 when it has none).
     */
    void removed(char[] term, int length, int bare, int position);
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final WordSet stopwords;
  private final Sink sink;
  private int position;

  public FahrasStopFilter(TokenStream input, CharArraySet stopwords) {
    this(input, new WordSet(stopwords), null);
  }

  FahrasStopFilter(TokenStream input, WordSet stopwords, Sink sink) {
    super(input);
    this.stopwords = stopwords;
    this.sink = sink;
  }

  @Override
  protected boolean accept() {
    position += posInc.getPositionIncrement();
    int bare = stopwordStart(stopwords, term.buffer(), term.length());
    if (bare < 0) return true;
    if (sink != null) sink.removed(term.buffer(), term.length(), bare, position);
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    position = -1;
  }

  /**
   * Where the stopword in {@code buffer[0, len)} starts once its proclitics are stripped, or -1
   * when the word is no stopword in any reading.
   */
  static int stopwordStart(WordSet stopwords, char[] buffer, int len) {
    int proclitics = ArabicPrefixes.procliticLetters(buffer, len, true);
    while (proclitics > 0 && len - proclitics < 2) proclitics--; // two letters at least remain
    // each reading: the whole word, without the first proclitic, without both
    for (int from = 0; from <= proclitics; from++) {
      if (stopwords.contains(buffer, from, len - from)) return from;
      if (stopwordWithPronoun(stopwords, buffer, from, len - from)) return from;
    }
    return -1;
  }

  /** A stopword followed by a pronoun that is one too (ما + هي, من + هم): ماهي, منهم. */
  private static boolean stopwordWithPronoun(WordSet stopwords, char[] s, int start, int len) {
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
