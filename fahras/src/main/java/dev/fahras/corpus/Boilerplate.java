package dev.fahras.corpus;

import dev.fahras.analysis.FahrasNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises scraped page furniture among a document's lines, by general rules rather than a list
 * of known strings. A line is boilerplate when it is short and:
 *
 * <ul>
 *   <li>has no letters at all, or is mostly digits (phone numbers: "00963 939 114 037");
 *   <li>is a weather widget: a temperature unit (°C, °F, ℃) on a short line;
 *   <li>is made of fragments: no word of three or more letters ("ع ع ع", "×"), or a single one
 *       among widget symbols such as + - × | • ("+ الخط -"); a dateline such as "01 فبراير 2022" is
 *       kept;
 *   <li>is an image caption: ends with a parenthesised credit such as "(Getty)" or "(هاوار)" and
 *       has no sentence end before it; or names an icon ("camera icon…");
 *   <li>uses the vocabulary of navigation, sharing and donation widgets (المزيد, زر, متعلقة, اضغط,
 *       ادعم, للمساهمة, اشترك, تابعنا, share, subscribe, …) — at most eight words, since real
 *       paragraphs that use such words are longer;
 *   <li>is a byline or credit ("إعداد: …", "تحرير: …", "بقلم …").
 * </ul>
 *
 * <p>A block rule follows: short lines (under 80 chars) next to boilerplate at the end of a
 * document (the donation appeal after "related articles") or before the title at its start (a
 * section label) are boilerplate too. The lines stay in the stored document; they are only never
 * returned as passages.
 */
public final class Boilerplate {
  private static final int SHORT = 120;
  private static final int BLOCK_LINE = 80;

  private static final List<String> WIDGET_WORDS =
      Stream.of(
              "المزيد",
              "زر",
              "متعلقه",
              "ذات صله",
              "اقرا ايضا",
              "اضغط",
              "ادعم",
              "للمساهمه",
              "تبرع",
              "اشترك",
              "تابعنا",
              "شارك",
              "مشاركه",
              "طباعه",
              "الخط",
              "التعليقات",
              "بحاجتك",
              "القائمه",
              "الرئيسيه",
              "icon",
              "share",
              "subscribe",
              "donate",
              "print",
              "menu",
              "click",
              "read more",
              "related",
              "advertisement")
          .map(Boilerplate::fold)
          .toList();

  private static final Pattern CREDIT_AT_END = Pattern.compile(".*\\([^()]{1,25}\\)\\s*$");
  private static final Pattern BYLINE =
      Pattern.compile("^(إعداد|اعداد|تحرير|بقلم|كتب|ترجمة|تقرير)\\s*[:：].{0,40}$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟؛…]\\s*\\S");

  private Boilerplate() {}

  /** True when {@code line} (trimmed) is page furniture by itself. */
  public static boolean isBoilerplate(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > SHORT) return false;
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) letters++;
      else if (Character.isDigit(c)) digits++;
    }
    if (letters == 0 || digits > letters * 2) return true;
    if (s.contains("°C") || s.contains("°F") || s.contains("℃") || s.contains("℉")) return true;
    int words = longWords(s);
    if (words == 0 || (words < 2 && hasWidgetSymbol(s))) return true;
    if (CREDIT_AT_END.matcher(s).matches() && !SENTENCE_END.matcher(s).find()) return true;
    if (BYLINE.matcher(s).matches()) return true;
    String folded = fold(s);
    if (s.split("\\s+").length <= 8) {
      for (String w : WIDGET_WORDS) {
        if (containsWord(folded, w)) return true;
      }
    }
    return false;
  }

  /** Marks the boilerplate lines of a document; {@code title} may be empty. */
  public static boolean[] mark(String[] lines, String title) {
    boolean[] marked = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) marked[i] = isBoilerplate(lines[i]);
    // The tail block: from the end, short lines adjoining boilerplate.
    int last = lines.length - 1;
    while (last >= 0 && lines[last].isBlank()) last--;
    boolean inBlock = false;
    for (int i = last; i >= 0; i--) {
      if (lines[i].isBlank()) continue;
      if (marked[i]) {
        inBlock = true;
      } else if (inBlock && blockCandidate(lines[i])) {
        marked[i] = true;
      } else {
        break;
      }
    }
    // The head block: short lines before the title line.
    String t = title == null ? "" : title.strip();
    if (!t.isEmpty()) {
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].strip().equals(t)) {
          for (int j = 0; j < i; j++) {
            if (!lines[j].isBlank() && blockCandidate(lines[j])) marked[j] = true;
          }
          marked[i] = false;
          break;
        }
      }
    }
    // the rules are for furniture around an article: a document that is all "furniture" (a verse
    // such as طه, a one-line record) is its own text, never set aside
    boolean anyText = false;
    for (int i = 0; i < lines.length; i++) anyText |= !marked[i] && !lines[i].isBlank();
    if (!anyText) Arrays.fill(marked, false);
    return marked;
  }

  private static boolean blockCandidate(String line) {
    return line.strip().length() < BLOCK_LINE;
  }

  private static boolean hasWidgetSymbol(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("+-×|•·<>«»▶◀►◄".indexOf(c) >= 0) return true;
    }
    return false;
  }

  private static int longWords(String s) {
    int count = 0;
    int run = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (Character.isLetter(c)) run++;
      } else {
        if (run >= 3) count++;
        run = 0;
      }
    }
    return count;
  }

  /** Judge-independent folding for matching the widget vocabulary. */
  static String fold(String s) {
    // the analyzer's letter normalization: a widget word is found however it is spelled
    return FahrasNormalizer.DEFAULT.normalize(s);
  }

  private static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int i = text.indexOf(word, from);
      if (i < 0) return false;
      int end = i + word.length();
      boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1)) || isProclitic(text, i);
      boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startOk && endOk) return true;
      from = i + 1;
    }
  }

  /** و/ف/ب/ل directly before a word at the start of a token. */
  private static boolean isProclitic(String text, int i) {
    char p = text.charAt(i - 1);
    return (p == 'و' || p == 'ف' || p == 'ب' || p == 'ل')
        && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
  }
}
