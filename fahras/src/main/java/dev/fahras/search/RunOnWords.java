package dev.fahras.search;

/**
 * Words typed without the space between them, where the letters say so: ة and ى only ever end a
 * word, so a letter right after one starts the next (المدينةالمنورة is المدينة المنورة, علىالسجن is
 * على السجن). A plain query is split there before anything else reads it.
 */
final class RunOnWords {
  private RunOnWords() {}

  private static final char TEH_MARBUTA = '\u0629';
  private static final char ALEF_MAKSURA = '\u0649';

  /** {@code text} with a space after each word-final letter that another letter follows. */
  static String split(String text) {
    StringBuilder out = null;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == TEH_MARBUTA || c == ALEF_MAKSURA) && isArabicLetter(text.charAt(i + 1))) {
        if (out == null) out = new StringBuilder(text.length() + 4).append(text, 0, i + 1);
        else out.append(c);
        out.append(' ');
      } else if (out != null) {
        out.append(c);
      }
    }
    if (out == null) return text;
    out.append(text.charAt(text.length() - 1));
    return out.toString();
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }
}
