package dev.fahras.cli;

import dev.fahras.search.PassageHit;
import dev.fahras.search.Span;

/**
 * Text from an index made safe to print: a stored id, title or passage may hold escape sequences
 * (which a terminal obeys: colours, a cleared screen, a rewritten title) or bidi overrides (which
 * reorder what follows on the line). Each such character is shown as its code ({@code \u202E}),
 * never sent raw. A TSV field also shows its tab and line breaks as codes, so a row stays a row.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code s} with control and bidi-override characters as codes; line breaks kept. */
  static String safe(String s) {
    return escape(s, false);
  }

  /** One field of a TSV row: also tabs and line breaks as codes. */
  static String field(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean field) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unsafe = isUnsafe(c) || (field && (c == '\t' || c == '\n' || c == '\r'));
      if (!unsafe) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
      b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
    }
    return b == null ? s : b.toString();
  }

  /**
   * C0 and C1 controls but tab and line breaks, DEL, and the bidi embeddings, overrides and
   * isolates (U+202A–U+202E, U+2066–U+2069). The marks a text needs (RLM, LRM, ALM) stay.
   */
  private static boolean isUnsafe(char c) {
    if (c == '\t' || c == '\n' || c == '\r') return false;
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** The passage with highlighted words marked: reverse video on a terminal, ⟦…⟧ otherwise. */
  static String marked(PassageHit h, boolean tty) {
    String open = tty ? "\u001b[7m" : "⟦";
    String close = tty ? "\u001b[0m" : "⟧";
    StringBuilder b = new StringBuilder();
    int at = 0;
    // the text's own control characters are shown as codes; only ours reach the terminal
    for (Span s : h.highlights()) {
      b.append(safe(h.text().substring(at, s.start())))
          .append(open)
          .append(safe(h.text().substring(s.start(), s.end())))
          .append(close);
      at = s.end();
    }
    return b.append(safe(h.text().substring(at))).toString();
  }
}
