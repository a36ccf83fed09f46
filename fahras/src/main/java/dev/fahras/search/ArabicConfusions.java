package dev.fahras.search;

/**
 * What a one-letter slip costs, in the folded spelling (where hamza seats, ة/ه and ى/ي are already
 * one letter): letters Arabic writers confuse because they sound alike in speech (ض/ظ, ذ/ز/ظ, ث/س,
 * ق/ك/ء, …), a dropped or added long vowel or hamza, and a doubled letter cost half an arbitrary
 * edit.
 */
final class ArabicConfusions {
  private ArabicConfusions() {}

  static final double CHEAP = 0.5;
  static final double EDIT = 1.0;

  /** The letters an edit may insert or substitute: the Arabic alphabet, folded. */
  static final String ALPHABET =
      "\u0621\u0627\u0628\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635"
          + "\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u064A";

  /** Groups of letters that sound alike to many speakers. */
  private static final String[] ALIKE = {
    "\u0636\u0638", // ض ظ
    "\u0630\u0632\u0638", // ذ ز ظ
    "\u062B\u0633", // ث س
    "\u0642\u0643\u0621", // ق ك ء
    "\u0633\u0635", // س ص
    "\u062A\u0637", // ت ط
    "\u062F\u0636", // د ض
    "\u062D\u0647", // ح ه
    "\u0639\u0621\u0627", // ع ء ا
    "\u0621\u0627", // ء ا
    "\u0621\u064A", // ء ي (a hamza's seat written for it: رهاين)
    "\u0621\u0648", // ء و (مسوول)
    "\u062A\u0647", // ت ه (a final ة read as ت)
  };

  /** Letters that come and go: long vowels and hamza. */
  private static final String SOFT = "\u0627\u0648\u064A\u0621";

  /** Whether {@code a} and {@code b} sound alike. */
  static boolean alike(char a, char b) {
    for (String group : ALIKE) {
      if (group.indexOf(a) >= 0 && group.indexOf(b) >= 0) return true;
    }
    return false;
  }

  /** What substituting {@code to} for {@code from} costs. */
  static double substitution(char from, char to) {
    return alike(from, to) ? CHEAP : EDIT;
  }

  /** What inserting or deleting {@code c} costs, beside {@code neighbour} (or 0 at an end). */
  static double insertion(char c, char neighbour) {
    return SOFT.indexOf(c) >= 0 || c == neighbour ? CHEAP : EDIT;
  }
}
