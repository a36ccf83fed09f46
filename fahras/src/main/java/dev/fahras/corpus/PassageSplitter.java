package dev.fahras.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's text into passages with offsets into that text.
 *
 * <p>Each non-blank line is a paragraph. A paragraph up to {@code maxChars} long is one passage; a
 * longer one is cut at sentence ends (. ! ? ؟ ؛ … followed by a space) into groups of about {@code
 * targetChars}, never over {@code maxChars}; a sentence longer than that is cut at the last space
 * before the limit. Boilerplate lines ({@link Boilerplate}) are set aside, not made into passages.
 * Leading and trailing whitespace is never part of a passage. Thread-safe.
 */
public final class PassageSplitter {
  /** The result of splitting one document. */
  public record Split(List<Passage> passages, List<Passage> boilerplate) {}

  private final int targetChars;
  private final int maxChars;
  private final boolean boilerplate;

  /** Passages of about 400 and at most 1000 chars, boilerplate set aside. */
  public PassageSplitter() {
    this(400, 1000);
  }

  public PassageSplitter(int targetChars, int maxChars) {
    this(targetChars, maxChars, true);
  }

  /**
   * @param boilerplate whether to set boilerplate lines aside ({@link Boilerplate}); off for input
   *     that is all text (verses, records, clean exports)
   */
  public PassageSplitter(int targetChars, int maxChars, boolean boilerplate) {
    if (targetChars < 1 || maxChars < targetChars) {
      throw new IllegalArgumentException("need 0 < targetChars <= maxChars");
    }
    this.targetChars = targetChars;
    this.maxChars = maxChars;
    this.boilerplate = boilerplate;
  }

  /** This splitter with boilerplate detection on or off. */
  public PassageSplitter withBoilerplate(boolean on) {
    return new PassageSplitter(targetChars, maxChars, on);
  }

  public Split split(String text, String title) {
    List<int[]> lines = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      lines.add(new int[] {from, end});
      if (nl < 0) break;
      from = nl + 1;
    }
    String[] strings = new String[lines.size()];
    for (int i = 0; i < strings.length; i++)
      strings[i] = text.substring(lines.get(i)[0], lines.get(i)[1]);
    boolean[] boiler = boilerplate ? Boilerplate.mark(strings, title) : new boolean[strings.length];

    List<Passage> passages = new ArrayList<>();
    List<Passage> setAside = new ArrayList<>();
    for (int i = 0; i < strings.length; i++) {
      int start = lines.get(i)[0];
      int end = lines.get(i)[1];
      while (start < end && isSpace(text.charAt(start))) start++;
      while (end > start && isSpace(text.charAt(end - 1))) end--;
      if (start == end) continue;
      if (boiler[i]) {
        setAside.add(new Passage(setAside.size(), start, end, text.substring(start, end)));
      } else {
        splitParagraph(text, start, end, passages);
      }
    }
    return new Split(List.copyOf(passages), List.copyOf(setAside));
  }

  private void splitParagraph(String text, int start, int end, List<Passage> out) {
    while (end - start > maxChars) {
      int cut = cutPoint(text, start, end);
      add(text, start, cut, out);
      start = cut;
      while (start < end && isSpace(text.charAt(start))) start++;
    }
    if (start < end) add(text, start, end, out);
  }

  /** Where to end the next group: after the sentence end nearest past the target, within max. */
  private int cutPoint(String text, int start, int end) {
    int limit = Math.min(end, start + maxChars);
    int best = -1;
    for (int i = start + 1; i < limit; i++) {
      if (isSentenceEnd(text, i, end)) {
        best = i + 1;
        if (best - start >= targetChars) return best;
      }
    }
    if (best > start) return best;
    for (int i = limit - 1; i > start; i--) {
      if (isSpace(text.charAt(i))) return i;
    }
    return limit;
  }

  private static boolean isSentenceEnd(String text, int i, int end) {
    char c = text.charAt(i);
    boolean mark = c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == '…';
    return mark && (i + 1 == end || isSpace(text.charAt(i + 1)));
  }

  private static void add(String text, int start, int end, List<Passage> out) {
    while (end > start && isSpace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Passage(out.size(), start, end, text.substring(start, end)));
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
