package dev.fahras.analysis;

import java.util.BitSet;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A {@link CharArraySet} behind a bit filter on (length, first char, last char): most tokens of a
 * text are not in a small word list, and this rejects them before hashing. Immutable once built.
 */
final class WordSet {
  private static final int MAX_LEN = 32;
  private static final int BITS = 1 << 16;

  private final CharArraySet words;
  private final BitSet maybe = new BitSet(BITS);

  WordSet(CharArraySet words) {
    this.words = words;
    for (Object w : words) {
      char[] c = w instanceof char[] a ? a : w.toString().toCharArray();
      if (c.length == 0) continue;
      if (c.length >= MAX_LEN) {
        maybe.set(0, BITS);
      } else {
        maybe.set(key(c, 0, c.length));
      }
    }
  }

  private static int key(char[] s, int start, int len) {
    return (len * 961 + (s[start] & 0xFF) * 31 + (s[start + len - 1] & 0xFF)) & (BITS - 1);
  }

  boolean contains(char[] s, int start, int len) {
    if (len <= 0) return false;
    if (len < MAX_LEN && !maybe.get(key(s, start, len))) return false;
    return words.contains(s, start, len);
  }

  boolean contains(String s) {
    char[] c = s.toCharArray();
    return contains(c, 0, c.length);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }
}
