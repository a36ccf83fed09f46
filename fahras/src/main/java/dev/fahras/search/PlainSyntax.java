package dev.fahras.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain query syntax: free words, "quoted phrases" (straight, curly or «guillemet» quotes) and
 * +must / -not words. Nothing else is special; nothing is an error.
 *
 * <p>A phrase ends at a quote of its own kind, so a phrase pasted with a quoted name inside stays
 * one phrase ("هجوم على سجن “الصناعة”"). Curly quotes close each other either way round: right to
 * left text writes them both ways.
 */
final class PlainSyntax {
  private PlainSyntax() {}

  /** One unit of a plain query: a word run or a quoted phrase, with its +/- sign. */
  record Part(String text, boolean phrase, char sign) {}

  /** Splits plain text into free words, "quoted phrases" and +must / -not parts. */
  static List<Part> parts(String text) {
    List<Part> parts = new ArrayList<>();
    StringBuilder free = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        free.append(' ');
        i++;
        continue;
      }
      boolean atWordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1));
      char sign = 0;
      int j = i;
      if (atWordStart
          && (c == '+' || c == '-')
          && i + 1 < n
          && !Character.isWhitespace(text.charAt(i + 1))) {
        sign = c;
        j = i + 1;
      }
      char q = text.charAt(j);
      if (atWordStart && isOpenQuote(q)) {
        int close = j + 1;
        while (close < n && !closes(q, text.charAt(close))) close++;
        parts.add(new Part(text.substring(j + 1, Math.min(close, n)), true, sign));
        i = Math.min(close + 1, n);
        continue;
      }
      if (sign != 0) {
        int end = j;
        while (end < n && !Character.isWhitespace(text.charAt(end))) end++;
        parts.add(new Part(text.substring(j, end), false, sign));
        i = end;
        continue;
      }
      free.append(c);
      i++;
    }
    if (!free.toString().isBlank())
      parts.add(0, new Part(free.toString().strip(), false, (char) 0));
    return parts;
  }

  private static boolean isOpenQuote(char c) {
    return c == '"' || c == '“' || c == '«' || c == '”';
  }

  /** Whether {@code c} ends a phrase opened by {@code open}. */
  private static boolean closes(char open, char c) {
    return switch (open) {
      case '"' -> c == '"';
      case '«' -> c == '»';
      default -> c == '“' || c == '”';
    };
  }
}
