package dev.fahras.corpus;

/**
 * The ids one input has given, to refuse a duplicate, in 16 bytes per id: a 64-bit hash of each
 * (FNV-1a, then SplitMix64's finalizer) in an open-addressing table, not the strings (a million
 * short documents took over 200 MB as two sets of strings). Two ids share a 64-bit hash with a
 * chance of about n²/2⁶⁵, 3·10⁻⁸ for a million ids. Thread-safe.
 */
public final class SeenIds {
  private static final long EMPTY = 0L;
  private long[] slots = new long[1 << 10];
  private int size;

  /** Adds {@code id}; false when it was there already. */
  public synchronized boolean add(String id) {
    long h = hash(id);
    if (size * 2 >= slots.length) grow();
    return insert(slots, h);
  }

  private boolean insert(long[] table, long h) {
    int mask = table.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (table[i] == EMPTY) {
        table[i] = h;
        if (table == slots) size++;
        return true;
      }
      if (table[i] == h) return false;
    }
  }

  private void grow() {
    long[] old = slots;
    long[] bigger = new long[old.length * 2];
    slots = bigger;
    for (long h : old) if (h != EMPTY) insert(bigger, h);
  }

  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= id.length();
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h == EMPTY ? 1 : h; // 0 marks an empty slot
  }
}
