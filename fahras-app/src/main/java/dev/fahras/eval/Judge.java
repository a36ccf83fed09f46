package dev.fahras.eval;

import java.text.Normalizer;

/**
 * The judge-side normalization of the evaluation format, independent of any analyzer: NFKC; marks,
 * tatweel and invisible controls removed; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, ی → ي, ک → ك, ہ
 * ۀ ە → ه; Arabic-Indic digits → ASCII; curly and angle quotes → "; whitespace collapsed.
 */
public final class Judge {
  private Judge() {}

  public static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if ((c >= '\u0610' && c <= '\u061A')
          || (c >= '\u064B' && c <= '\u065F')
          || c == '\u0670'
          || (c >= '\u06D6' && c <= '\u06ED')
          || (c >= '\u08D3' && c <= '\u08FF')
          || c == '\u0640'
          || (c >= '\u200B' && c <= '\u200F')
          || c == '\u061C'
          || (c >= '\u2066' && c <= '\u2069')) {
        continue;
      }
      char m =
          switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ئ', 'ی' -> 'ي';
            case 'ة', 'ہ', 'ۀ', 'ە' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك';
            case '“', '”', '«', '»' -> '"';
            default -> {
              if (c >= '\u0660' && c <= '\u0669') yield (char) ('0' + c - '\u0660');
              if (c >= '\u06F0' && c <= '\u06F9') yield (char) ('0' + c - '\u06F0');
              yield c;
            }
          };
      if (Character.isWhitespace(m) || Character.isSpaceChar(m)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0) b.append(' ');
      space = false;
      b.append(m);
    }
    return b.toString();
  }
}
