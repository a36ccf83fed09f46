package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.ALEF;
import static dev.fahras.analysis.ArabicLetters.BEH;
import static dev.fahras.analysis.ArabicLetters.FEH;
import static dev.fahras.analysis.ArabicLetters.KAF;
import static dev.fahras.analysis.ArabicLetters.LAM;
import static dev.fahras.analysis.ArabicLetters.WAW;

/**
 * What may stand before an Arabic word in the same token: one-letter proclitics and the article
 * family. Shared by the stemmer, the number filter and the stop filter, on normalized text.
 */
final class ArabicPrefixes {
  private ArabicPrefixes() {}

  /** و ف ب ل ك: a conjunction or preposition written on the word. */
  static boolean isProcliticLetter(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
  }

  /**
   * How many one-letter proclitics start {@code s}: a conjunction و or ف, then a preposition ب or ل
   * (or ك, when {@code kaf}: the stemmer leaves it, as كتاب starts with one); 0 to 2.
   */
  static int procliticLetters(char[] s, int len, boolean kaf) {
    int k = 0;
    if (len > k && (s[k] == WAW || s[k] == FEH)) k++;
    if (len > k && (s[k] == BEH || s[k] == LAM || (kaf && s[k] == KAF))) k++;
    return k;
  }

  /**
   * The length of what precedes a word in {@code s}: the article family ({@link #articlePrefix}),
   * else one proclitic letter; 0 for none. The article is among it when the length is 2 or more.
   */
  static int procliticsAndArticle(char[] s, int len) {
    int p = articlePrefix(s, len);
    if (p == 0 && len > 0 && isProcliticLetter(s[0])) p = 1;
    return p;
  }

  /**
   * The length of the longest article-family prefix (وبال فبال وكال فكال وال فال بال كال ولل فلل لل
   * ال) that {@code s} starts with, or 0; decided by the first letters rather than by trying each
   * prefix.
   */
  static int articlePrefix(char[] s, int len) {
    if (len < 3) return 0;
    char c0 = s[0];
    char c1 = s[1];
    char c2 = s[2];
    switch (c0) {
      case ALEF, LAM -> {
        return c1 == LAM && (c0 == ALEF || c0 == LAM) ? 2 : 0; // ال, لل
      }
      case BEH, KAF -> {
        return c1 == ALEF && c2 == LAM ? 3 : 0; // بال, كال
      }
      case WAW, FEH -> {
        if (c1 == ALEF && c2 == LAM) return 3; // وال, فال
        if (c1 == LAM && c2 == LAM) return 3; // ولل, فلل
        if ((c1 == BEH || c1 == KAF) && c2 == ALEF && len > 3 && s[3] == LAM)
          return 4; // وبال, فكال
        return 0;
      }
      default -> {
        return 0;
      }
    }
  }
}
