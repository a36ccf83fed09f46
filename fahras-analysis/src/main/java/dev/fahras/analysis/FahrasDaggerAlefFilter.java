package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.ALEF;
import static dev.fahras.analysis.ArabicLetters.SUPERSCRIPT_ALEF;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives a word written with the superscript ("dagger") alef U+0670 both of its modern spellings, at
 * one position.
 *
 * <p>Modern spelling sometimes drops the dagger alef (ٱلرَّحْمَٰنِ → الرحمن, هَٰذَا → هذا) and
 * sometimes writes it as a full alef (خَٰلِدُونَ → خالدون, ذَٰلِكَ → ذلك but إِلَٰه → إله/إلاه).
 * Which one applies is lexical, so this filter emits the word with the mark removed and, at the
 * same position, with the mark written as ا; a query in either modern spelling then matches. Words
 * without U+0670 pass through untouched.
 */
public final class FahrasDaggerAlefFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private State alefReading;

  public FahrasDaggerAlefFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (alefReading != null) {
      restoreState(alefReading);
      alefReading = null;
      char[] buffer = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        if (buffer[i] == SUPERSCRIPT_ALEF) buffer[i] = ALEF;
      }
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) return false;
    char[] buffer = term.buffer();
    int len = term.length();
    int first = indexOfDaggerAlef(buffer, len);
    if (first < 0) return true;
    alefReading = captureState();
    int out = first;
    for (int i = first + 1; i < len; i++) {
      if (buffer[i] != SUPERSCRIPT_ALEF) buffer[out++] = buffer[i];
    }
    term.setLength(out);
    return true;
  }

  private static int indexOfDaggerAlef(char[] buffer, int len) {
    for (int i = 0; i < len; i++) {
      if (buffer[i] == SUPERSCRIPT_ALEF) return i;
    }
    return -1;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    alefReading = null;
  }
}
