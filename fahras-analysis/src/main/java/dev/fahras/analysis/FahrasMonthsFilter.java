package dev.fahras.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes the Syriac/Levantine (كانون الثاني, شباط …) and Maghrebi (جانفي, فيفري …) month names
 * equivalent to the Western ones (يناير, فبراير …): after a Syriac or Maghrebi name it adds the
 * Western name at the same position, spanning the name's words (كانون الثاني: two). A query in any
 * naming then meets text in any naming, phrases included.
 *
 * <p>The Syriac آب (August) is also أب ("father"): it counts as a month only next to a date — a
 * number before it, or a year or عام/سنة after it. Input must be normalized; place before stopwords
 * and stemming. Names: {@code months.txt}.
 */
public final class FahrasMonthsFilter extends SpanningFilter {
  private static final String MONTH_TYPE = "<MONTH>";
  private static final String YEAR_WORD = ArabicNumberWords.normalize("عام");
  private static final String YEAR_WORD_2 = ArabicNumberWords.normalize("سنة");

  /** The previous word, kept to tell whether it was a number when an آب needs a date. */
  private char[] previous = new char[16];

  private int previousLength;

  public FahrasMonthsFilter(TokenStream input) {
    super(input, 2);
  }

  @Override
  boolean mayStart() {
    return ArabicNumberWords.MONTH_FIRST_WORDS.contains(term.buffer(), 0, term.length());
  }

  @Override
  LookaheadBuffer.Token span(LookaheadBuffer.Token head) throws IOException {
    while (buffer.readOne()) {} // two more words: a second name word, or a year after آب
    List<ArabicNumberWords.MonthName> names =
        head.posInc() == 0 ? null : ArabicNumberWords.MONTHS_BY_FIRST_WORD.get(head.term());
    if (names == null) return null;
    List<LookaheadBuffer.Token> words = buffer.run(head);
    ArabicNumberWords.MonthName best = null;
    for (ArabicNumberWords.MonthName name : names) {
      if (matches(name, words) && (best == null || name.words().length > best.words().length))
        best = name;
    }
    if (best == null || (needsDate(best) && !nearDate(words, best.words().length))) return null;
    String western = ArabicNumberWords.WESTERN[best.month()];
    if (best.words().length == 1 && best.words()[0].equals(western)) return null; // already Western
    int n = best.words().length;
    return LookaheadBuffer.spanning(head, words.get(n - 1), n, western, MONTH_TYPE);
  }

  @Override
  void passed() {
    if (posInc.getPositionIncrement() == 0) return;
    previousLength = term.length();
    if (previous.length < previousLength) previous = new char[previousLength];
    System.arraycopy(term.buffer(), 0, previous, 0, previousLength);
  }

  private static boolean isNumberWord(char[] t, int len) {
    return isDigits(t, len) || ArabicNumberWords.NUMBER_FORMS.contains(t, 0, len);
  }

  private static boolean matches(
      ArabicNumberWords.MonthName name, List<LookaheadBuffer.Token> words) {
    if (name.words().length > words.size()) return false;
    for (int i = 0; i < name.words().length; i++) {
      if (!name.words()[i].equals(words.get(i).term())) return false;
    }
    return true;
  }

  /** Two-letter names (آب) are ordinary words too. */
  private static boolean needsDate(ArabicNumberWords.MonthName name) {
    return name.words().length == 1 && name.words()[0].length() <= 2;
  }

  private boolean nearDate(List<LookaheadBuffer.Token> words, int n) {
    if (isNumberWord(previous, previousLength)) return true;
    if (words.size() > n) {
      String next = words.get(n).term();
      return isDigits(next.toCharArray(), next.length())
          || next.equals(YEAR_WORD)
          || next.equals(YEAR_WORD_2);
    }
    return false;
  }

  private static boolean isDigits(char[] t, int len) {
    if (len == 0) return false;
    for (int i = 0; i < len; i++) if (!Character.isDigit(t[i])) return false;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousLength = 0;
  }
}
