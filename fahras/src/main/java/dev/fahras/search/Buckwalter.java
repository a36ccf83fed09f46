package dev.fahras.search;

/**
 * Tim Buckwalter's transliteration of Arabic into ASCII, one character for one letter or mark (the
 * table of the Buckwalter Arabic Morphological Analyzer, LDC2002L49): {@code AlHskp} is الحسكة.
 */
final class Buckwalter {
  private Buckwalter() {}

  private static final char[] ARABIC = new char[128];

  /** Marks (short vowels, tanween, shadda, sukun): dropped, as the index drops them. */
  private static final String MARKS = "aiuoFNK~`";

  static {
    String latin = "'|>&<}AbptvjHxd*rzs$SDTZEgfqklmnhwYy{_";
    String arabic =
        "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E"
            + "\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641"
            + "\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u0671\u0640";
    for (int i = 0; i < latin.length(); i++) ARABIC[latin.charAt(i)] = arabic.charAt(i);
  }

  /** {@code word} in Arabic letters, or null when a character is not Buckwalter. */
  static String toArabic(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 128 && MARKS.indexOf(c) >= 0) continue;
      if (c >= 128 || ARABIC[c] == 0) return null;
      b.append(ARABIC[c]);
    }
    return b.isEmpty() ? null : b.toString();
  }

  /**
   * Whether {@code query} shows Buckwalter's hand: a character English never writes inside a word
   * ($ * | &gt; &lt; } &amp;) or a capital after the first letter of a word (AlHskp).
   */
  static boolean marked(String query) {
    boolean wordStart = true;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c) || c == '-') {
        wordStart = true;
        continue;
      }
      if ("$*|<>}&".indexOf(c) >= 0) return true;
      if (!wordStart && Character.isUpperCase(c)) return true;
      wordStart = false;
    }
    return false;
  }
}
