package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.ALEF;
import static dev.fahras.analysis.ArabicLetters.WAW;

import dev.fahras.analysis.ArabicNumberWords.Kind;
import dev.fahras.analysis.ArabicNumberWords.Word;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * Adds the digits of numbers written in words, at the position of the words and spanning them (a
 * token graph: position length = number of words), so "374" finds ثلاثمئة وأربعة وسبعين and a
 * highlight of "374" lands on the three words. The words themselves stay.
 *
 * <p>Cardinals from one to the billions: units and their case and gender forms (ثلاثة/ثلاث,
 * اثنان/اثنين), teens (أربعة عشر), tens (سبعون/سبعين), مئة/مائة and the duals and joined hundreds
 * (مئتان, ثلاثمئة, ثلاثمائة, or split ثلاث مئة), ألف/ألفان/آلاف, مليون, مليار; parts joined by و
 * (ثلاثمئة وأربعة وسبعين → 374, ألفين واثنين وعشرين → 2022), with a preposition or the conjunction
 * on the first word (بثلاثة, وأربعة) and the article on thousands (قرابة الألف → 1000). A lone unit
 * with the article is a weekday (الاثنين), not a number.
 *
 * <p>Digits followed by a multiplier word also give their product, spanning both: 5 آلاف → 5000,
 * 200 ألف → 200000, 2.5 مليون → 2500000 (the digits may carry the article or a proclitic: الـ5), so
 * "خمسة آلاف" and "5 آلاف" meet.
 *
 * <p>Ordinals become numbers only where they unambiguously are: in dates (العشرين من كانون الثاني →
 * 20, السادس والعشرين من كانون الثاني → 26) and clock times (الساعة السابعة → 7).
 *
 * <p>Input must be normalized ({@link FahrasNormalizationFilter}); place this filter before
 * stopwords and stemming. Reads ahead (at most {@value #WINDOW} tokens) only from a token that may
 * start a number, so other tokens cost one set lookup.
 */
public final class FahrasNumbersFilter extends SpanningFilter {
  static final int WINDOW = 40;
  private static final String NUMBER_TYPE = "<NUM>";
  private static final char[] HOUR = ArabicNumberWords.normalize("الساعة").toCharArray();
  private static final String OF = ArabicNumberWords.normalize("من");

  /** Plural multipliers mean "thousands of", not a number, when they stand alone. */
  private static final Set<String> PLURALS =
      Set.of(
          ArabicNumberWords.normalize("آلاف"),
          ArabicNumberWords.normalize("مئات"),
          ArabicNumberWords.normalize("ملايين"),
          ArabicNumberWords.normalize("ملاين"),
          ArabicNumberWords.normalize("مليارات"));

  /** Whether the previous word was الساعة (a clock time may follow). */
  private boolean afterHour;

  /** Words still inside the number just emitted: they start no number of their own. */
  private int inside;

  public FahrasNumbersFilter(TokenStream input) {
    super(input, WINDOW);
  }

  @Override
  boolean mayStart() {
    return inside > 0
        || digitsAt(term.buffer(), term.length()) >= 0
        || ArabicNumberWords.NUMBER_FORMS.contains(term.buffer(), 0, term.length());
  }

  @Override
  LookaheadBuffer.Token span(LookaheadBuffer.Token head) throws IOException {
    // read ahead while the words may continue a number (or an ordinal's date); after digits, the
    // next word (a multiplier: 5 آلاف), past readings at the same position only — a gap such as
    // punctuation ends the run, so reading on could not find a multiplier
    boolean digits = digitsAt(head.term()) >= 0;
    while (buffer.last() == null
        || continuesNumber(buffer.last().term())
        || (digits && buffer.last().posInc() == 0)) {
      if (!buffer.readOne()) break;
    }
    if (head.posInc() == 0) return null;
    if (inside > 0) {
      inside--;
      return null;
    }
    List<LookaheadBuffer.Token> words = buffer.run(head);
    if (digits) {
      if (words.size() < 2 || !isMultiplier(words.get(1).term())) return null;
      inside = 1; // the multiplier belongs to these digits: not a number of its own
      long product = digitsTimesMultiplier(words.get(0).term(), words.get(1).term());
      return product < 0
          ? null
          : LookaheadBuffer.spanning(head, words.get(1), 2, Long.toString(product), NUMBER_TYPE);
    }
    long[] match = cardinal(words);
    if (match == null) match = ordinal(words, afterHour);
    if (match == null) return null;
    int n = (int) match[1];
    inside = n - 1;
    return LookaheadBuffer.spanning(
        head, words.get(n - 1), n, Long.toString(match[0]), NUMBER_TYPE);
  }

  @Override
  void passed() {
    if (posInc.getPositionIncrement() > 0) afterHour = isHour(term.buffer(), term.length());
  }

  /** Whether reading on past {@code t} may still extend a number or a date. */
  private static boolean continuesNumber(String t) {
    return ArabicNumberWords.NUMBER_FORMS.contains(t)
        || (t.length() == 1 && t.charAt(0) == WAW)
        || t.equals(OF);
  }

  private static boolean isHour(char[] t, int len) {
    if (len != HOUR.length || t[len - 1] != HOUR[len - 1]) return false; // runs for every word
    for (int i = 0; i < len - 1; i++) if (t[i] != HOUR[i]) return false;
    return true;
  }

  /** A number word, the word without what was attached to it, and what that was. */
  private record Lookup(Word word, String bare, boolean waw, boolean article) {}

  private static Lookup lookup(String term, boolean first) {
    Word w = ArabicNumberWords.NUMBERS.get(term);
    if (w != null) return new Lookup(w, term, false, false);
    if (term.length() > 2 && term.charAt(0) == WAW) {
      String bare = term.substring(1);
      w = ArabicNumberWords.NUMBERS.get(bare);
      if (w != null) return new Lookup(w, bare, true, false);
    }
    if (!first || term.length() < 3) return null;
    char c = term.charAt(0);
    // most words start with neither a proclitic nor the article: no copy for them
    if (c != ALEF && !ArabicPrefixes.isProcliticLetter(c)) return null;
    int p = ArabicPrefixes.procliticsAndArticle(term.toCharArray(), term.length());
    boolean article = p >= 2;
    if (p == 0 || term.length() - p < 2) return null;
    String bare = term.substring(p);
    w = ArabicNumberWords.NUMBERS.get(bare);
    return w == null ? null : new Lookup(w, bare, false, article);
  }

  /** {value, words} of a cardinal starting at words[0], or null. */
  static long[] cardinal(List<LookaheadBuffer.Token> words) {
    long total = 0;
    long current = 0;
    int n = 0;
    Kind last = null;
    long lastValue = 0;
    boolean firstHasArticle = false;
    boolean looseWaw = false; // a conjunction written apart: مائة و واحد
    for (int j = 0; j < words.size(); j++) {
      String t = words.get(j).term();
      if (j > 0 && t.length() == 1 && t.charAt(0) == WAW && !looseWaw) {
        looseWaw = true;
        continue;
      }
      Lookup lk = lookup(t, j == 0);
      if (lk != null && looseWaw) {
        lk = lk.waw() ? null : new Lookup(lk.word(), lk.bare(), true, false);
      }
      looseWaw = false;
      if (lk == null || lk.word().kind() == Kind.ORDINAL) break;
      Word w = lk.word();
      long v = w.value();
      if (j == 0) {
        firstHasArticle = lk.article();
        if (PLURALS.contains(lk.bare()) && !continues(words)) return null; // آلاف المرتزقة
        if (lk.article()
            && w.kind() != Kind.THOUSAND
            && w.kind() != Kind.MILLION
            && w.kind() != Kind.BILLION) {
          return null; // الاثنين is Monday, الخمسة "the five": leave them
        }
        if (w.kind() == Kind.TEEN_UNIT && !(words.size() > 1 && isTen(words.get(1).term())))
          return null;
      } else {
        boolean teen =
            v == 10
                && w.kind() == Kind.UNIT
                && !lk.waw()
                && (last == Kind.UNIT || last == Kind.TEEN_UNIT)
                && lastValue < 10;
        // ثلاث مئة, خمسة آلاف, مئة ألف: a multiplier right after the group it multiplies
        boolean multiplier =
            !lk.waw()
                && current > 0
                && ((w.kind() == Kind.HUNDRED && current < 10)
                    || w.kind() == Kind.THOUSAND
                    || w.kind() == Kind.MILLION
                    || w.kind() == Kind.BILLION);
        if (teen) {
          current += 10;
          last = Kind.TEN;
          lastValue = 10;
          n = j + 1;
          continue;
        }
        if (!lk.waw() && !multiplier) break;
      }
      boolean multiplies = j > 0 && !lk.waw() && current > 0;
      switch (w.kind()) {
        case UNIT, TEEN_UNIT, TEN -> current += v;
        case ATOM -> {
          if (v >= 1000) total += v;
          else current += v;
        }
        case HUNDRED -> {
          if (multiplies && current < 10) current *= 100;
          else current += 100;
        }
        case THOUSAND, MILLION, BILLION -> {
          total += (multiplies ? current : 1) * v;
          current = 0;
        }
        default -> {
          return null;
        }
      }
      last = w.kind();
      lastValue = v;
      n = j + 1;
    }
    if (n == 0 || (n == 1 && firstHasArticle && last == null)) return null;
    long value = total + current;
    return value > 0 ? new long[] {value, n} : null;
  }

  /**
   * Where the digits of a token start: 0 for "5", "200" or "2.5", after the article or a one-letter
   * proclitic for "ال5" (الـ5 once tatweel is gone), "وال5", "ب5"; -1 when it is not digits or has
   * more than three before any decimal point.
   */
  static int digitsAt(String t) {
    return digitsAt(t.toCharArray(), t.length());
  }

  private static int digitsAt(char[] t, int len) {
    if (len == 0 || !isDigit(t[len - 1])) return -1; // digits end the token: most words stop here
    int p = 0;
    char c0 = t[0];
    if (!isDigit(c0)) {
      // only proclitics or the article may come before the digits
      p = ArabicPrefixes.procliticsAndArticle(t, len);
      if (p == 0 || p >= len || !isDigit(t[p])) return -1;
    }
    boolean point = false;
    for (int i = p; i < len; i++) {
      char c = t[i];
      if (c == '.' && !point && i > p && i + 1 < len) point = true;
      else if (!isDigit(c)) return -1;
      // a multiplier follows at most three digits (5 آلاف, 200 ألف, 2.5 مليون); years and longer
      // numbers are left alone, so most digits cost no read-ahead
      if (!point && i - p >= 3) return -1;
    }
    return p;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The value of digits followed by a multiplier word (5 آلاف → 5000, 200 ألف → 200000, 2.5 مليون →
   * 2500000, 3 ملايين), or -1.
   */
  static long digitsTimesMultiplier(String head, String multiplier) {
    String digits = head.substring(digitsAt(head));
    Word w = ArabicNumberWords.NUMBERS.get(multiplier);
    if (digits.length() > 15) return -1;
    BigDecimal value = new BigDecimal(digits).multiply(BigDecimal.valueOf(w.value()));
    if (value.signum() <= 0 || value.scale() > 0 && value.stripTrailingZeros().scale() > 0)
      return -1;
    return value.longValue();
  }

  /** ألف, آلاف, مليون, ملايين, مليار … */
  private static boolean isMultiplier(String t) {
    Word w = ArabicNumberWords.NUMBERS.get(t);
    return w != null
        && (w.kind() == Kind.THOUSAND || w.kind() == Kind.MILLION || w.kind() == Kind.BILLION);
  }

  /** Whether the word after the first is a number word too. */
  private static boolean continues(List<LookaheadBuffer.Token> words) {
    return words.size() > 1 && lookup(words.get(1).term(), false) != null;
  }

  private static boolean isTen(String term) {
    Word w = ArabicNumberWords.NUMBERS.get(term);
    return w != null && w.kind() == Kind.UNIT && w.value() == 10;
  }

  /** {value, words} of an ordinal in a date or after الساعة, or null. */
  static long[] ordinal(List<LookaheadBuffer.Token> words, boolean afterHour) {
    Lookup first = lookup(words.get(0).term(), true);
    if (first == null || first.word().kind() != Kind.ORDINAL) return null;
    long value = first.word().value();
    int n = 1;
    if (words.size() > 1) {
      String next = words.get(1).term();
      Word w = ArabicNumberWords.NUMBERS.get(next);
      if (value < 10 && w != null && w.kind() == Kind.UNIT && w.value() == 10) {
        value += 10; // الحادي عشر
        n = 2;
      } else if (value < 10 && next.length() > 1 && next.charAt(0) == WAW) {
        Word tens = ArabicNumberWords.NUMBERS.get(next.substring(1));
        if (tens != null && tens.kind() == Kind.ORDINAL && tens.value() >= 20) {
          value += tens.value(); // السادس والعشرين
          n = 2;
        }
      }
    }
    if (afterHour && value >= 1 && value <= 12) return new long[] {value, n};
    if (value > 31) return null;
    int at = n;
    if (at < words.size() && words.get(at).term().equals(OF)) at++;
    if (at < words.size()
        && ArabicNumberWords.MONTHS_BY_FIRST_WORD.containsKey(words.get(at).term())) {
      return new long[] {value, n};
    }
    return null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    afterHour = false;
    inside = 0;
  }
}
