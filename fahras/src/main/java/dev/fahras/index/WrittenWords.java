package dev.fahras.index;

import java.text.Normalizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a passage as written, for {@link Schema#WORDS}: runs of letters, with diacritics,
 * tatweel and invisible marks dropped (so that a word reads the same with and without them), Latin
 * in lower case, presentation forms composed into letters; hamza seats, ة and ى stay as the text
 * has them, so suggestions show words as people write them. Reusable: one per indexing thread.
 */
final class WrittenWords extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private String text = "";
  private int at;

  /** This stream, reset to the words of {@code passage}. */
  WrittenWords of(String passage) {
    text = passage;
    at = 0;
    return this;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    int n = text.length();
    while (at < n) {
      char c = text.charAt(at);
      if (!Character.isLetter(c)) {
        at++;
        continue;
      }
      boolean presentation = false;
      while (at < n) {
        c = text.charAt(at);
        if (Character.isLetter(c) && c != '\u0640') {
          presentation |= c >= '\uFB50' && c <= '\uFEFF';
          term.append(Character.toLowerCase(c));
        } else if (!isSilent(c)) {
          break;
        }
        at++;
      }
      if (presentation) composePresentationForms();
      if (term.length() > 0 && term.length() <= MAX_LENGTH) return true;
      term.setEmpty();
    }
    return false;
  }

  /** The longest word kept: a longer run of letters is no word anyone types. */
  static final int MAX_LENGTH = 40;

  /** Marks that sit inside a word without ending it: diacritics, tatweel, joiners, bidi marks. */
  static boolean isSilent(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || c == '\u0640'
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED')
        || (c >= '\u200B' && c <= '\u200F')
        || c == '\u00AD';
  }

  private void composePresentationForms() {
    String composed = Normalizer.normalize(term, Normalizer.Form.NFKC);
    term.setEmpty();
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (Character.isLetter(c)) term.append(c);
    }
  }
}
