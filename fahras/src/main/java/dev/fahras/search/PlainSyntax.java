package dev.fahras.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain query syntax: free words, "quoted phrases" (straight, curly or «guillemet» quotes) and
 * +must / -not words. Nothing else is special; nothing is an error.
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
        while (close < n && !isCloseQuote(text.charAt(close))) close++;
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

  private static boolean isCloseQuote(char c) {
    return c == '"' || c == '”' || c == '»' || c == '“';
  }
}
