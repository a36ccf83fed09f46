package dev.fahras.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A set of words asked about every token: a bit filter in front of an open-addressing table, both
 * indexed by one cheap hash of the length and the first, middle and last two chars. Most tokens of
 * a text are in no word list, and the filter rejects about 98% of them after one load; the rest are
 * compared with at most a few words. Hashing the whole word, as {@link CharArraySet} does, was a
 * sixth of the chain's time (the stop filter tries up to three readings of each token).
 *
 * <p>The chars are chosen for Arabic: the first two are often the article ال and the last one a
 * common ending (ة ن ي), so a filter on (length, first, second, last) let through a sixth of all
 * tokens for the number words. Immutable once built.
 */
final class WordSet {
  // 64 bits a word, at most 8 KB: the filters of a chain's four sets stay in the CPU's
  // first-level caches (at 128 KB each the lookups missed them and cost a fifth of the chain;
  // four sets at 8 KB each still missed often)
  private static final int MAX_LOG_BITS = 16;

  private final long[] maybe;
  private final int bitShift;
  private final char[][] slots;
  private final int slotShift;
  private final int size;

  WordSet(CharArraySet words) {
    int logBits = 6;
    while (logBits < MAX_LOG_BITS && (1 << logBits) < 64 * words.size()) logBits++;
    this.maybe = new long[1 << (logBits - 6)];
    this.bitShift = 32 - logBits;
    int logSlots = 2;
    while ((1 << logSlots) < 4 * words.size()) logSlots++; // at most a quarter full
    this.slots = new char[1 << logSlots][];
    this.slotShift = 32 - logSlots;
    int n = 0;
    for (Object w : words) {
      char[] c = w instanceof char[] a ? a.clone() : w.toString().toCharArray();
      if (c.length == 0 || contains(c, 0, c.length)) continue;
      int h = hash(c, 0, c.length);
      maybe[(h >>> bitShift) >>> 6] |= 1L << (h >>> bitShift);
      int i = h >>> slotShift;
      while (slots[i] != null) i = (i + 1) & (slots.length - 1);
      slots[i] = c;
      n++;
    }
    this.size = n;
  }

  /**
   * A hash of the length and the first, middle and last two chars, spread over all 32 bits. The
   * parts are shifted 7 bits apart (the letters of the Arabic block differ in their low 7 bits) and
   * mixed by one multiplication: a chain of five, as in {@code h * 31 + c}, made this hash the
   * largest part of a lookup.
   */
  private static int hash(char[] s, int start, int len) {
    int end = start + len;
    int h =
        s[start]
            ^ (s[start + (len >> 1)] << 7)
            ^ (s[len > 1 ? end - 2 : start] << 14)
            ^ (s[end - 1] << 21)
            ^ (len << 27);
    return h * 0x9E3779B1; // Fibonacci hashing: the high bits depend on all of them
  }

  boolean contains(char[] s, int start, int len) {
    if (len <= 0) return false;
    int h = hash(s, start, len);
    int bit = h >>> bitShift;
    if ((maybe[bit >>> 6] & (1L << bit)) == 0) return false;
    for (int i = h >>> slotShift; ; i = (i + 1) & (slots.length - 1)) {
      char[] w = slots[i];
      if (w == null) return false;
      if (w.length == len && Arrays.equals(w, 0, len, s, start, start + len)) return true;
    }
  }

  boolean contains(String s) {
    char[] c = s.toCharArray();
    return contains(c, 0, c.length);
  }

  boolean isEmpty() {
    return size == 0;
  }
}
