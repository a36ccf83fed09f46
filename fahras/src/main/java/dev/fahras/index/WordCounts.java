package dev.fahras.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.apache.lucene.util.BytesRef;

/**
 * Counts words as written: runs of two letters or more, with diacritics, tatweel and invisible
 * marks dropped (so that a word reads the same with and without them), Latin in lower case,
 * presentation forms composed into letters; hamza seats, ة and ى stay as the text has them, so
 * suggestions show words as people write them; and, in a sample, the pairs of words side by side
 * (frequent word sequences). The typing aids count a document's text outside its boilerplate lines
 * ({@link #addRecord}). Not thread-safe.
 */
public final class WordCounts {
  /** Per word: its count, its number (for pairs), and its count within the pairs' sample. */
  private final CharArrayMap<long[]> counts = new CharArrayMap<>(1024, false);

  private final StringBuilder word = new StringBuilder();
  private final List<char[]> byNumber = new ArrayList<>();
  private final LongIntHashMap pairs = new LongIntHashMap();
  private long pairChars;
  private int previous = -1;

  /** Receives each word counted and how often. */
  public interface Visitor {
    void word(String written, long count);
  }

  /**
   * Receives each pair of words counted side by side, how often, and how often the first word was
   * met in the same sample.
   */
  public interface PairVisitor {
    void pair(String first, String second, int count, long firstCount);
  }

  public WordCounts() {
    this(0);
  }

  /**
   * A counter that also counts the pairs of words standing side by side, with no punctuation
   * between them, in the first {@code pairChars} chars it is given: a sample bounds the memory the
   * pairs take, and frequent pairs are frequent in a sample too.
   */
  public WordCounts(long pairChars) {
    this.pairChars = pairChars;
  }

  /** Counts the words of the record {@code value} holds, its boilerplate lines left out. */
  public void addRecord(BytesRef value) {
    RecordValue record = RecordValue.decode(value);
    String text = record.text();
    int[] boilerplate = record.boilerplate();
    int at = 0;
    for (int i = 0; i < boilerplate.length; i += 2) {
      add(text, at, boilerplate[i]);
      at = Math.max(at, boilerplate[i + 1]);
    }
    add(text, at, text.length());
  }

  /** Adds every count of {@code other} to this one. */
  public void addAll(WordCounts other) {
    other.forEach(
        (written, count) -> {
          long[] seen = counts.get(written);
          if (seen != null) {
            seen[0] += count;
          } else {
            char[] key = written.toCharArray();
            counts.put(key, new long[] {count, byNumber.size(), 0});
            byNumber.add(key);
          }
        });
  }

  /** Hands each word counted to {@code visitor}. */
  public void forEach(Visitor visitor) {
    for (var e : counts.entrySet()) visitor.word(new String((char[]) e.getKey()), e.getValue()[0]);
  }

  /** Hands each pair counted at least {@code min} times to {@code visitor}. */
  public void forEachPair(int min, PairVisitor visitor) {
    for (LongIntHashMap.LongIntCursor c : pairs) {
      if (c.value < min) continue;
      char[] first = byNumber.get((int) (c.key >>> 32));
      char[] second = byNumber.get((int) c.key);
      visitor.pair(new String(first), new String(second), c.value, counts.get(first)[2]);
    }
  }

  /** Counts the words of {@code text} from {@code from} to {@code to}. */
  public void add(String text, int from, int to) {
    int n = to;
    int at = from;
    boolean countPairs = pairChars > 0;
    pairChars -= to - from;
    previous = -1;
    while (at < n) {
      char c = text.charAt(at);
      if (!Character.isLetter(c)) {
        // a pair stands side by side: punctuation, a digit or a line between ends it
        if (!(c == ' ' || c == '\u00A0' || isSilent(c))) previous = -1;
        at++;
        continue;
      }
      word.setLength(0);
      boolean presentation = false;
      while (at < n) {
        c = text.charAt(at);
        if (Character.isLetter(c) && c != '\u0640') {
          presentation |= c >= '\uFB50' && c <= '\uFEFF';
          word.append(Character.toLowerCase(c));
        } else if (!isSilent(c)) {
          break;
        }
        at++;
      }
      if (presentation) composePresentationForms();
      int length = word.length();
      if (length < MIN_LENGTH || length > MAX_LENGTH) {
        previous = -1;
        continue;
      }
      long[] seen = counts.get(word);
      if (seen != null) {
        seen[0]++;
      } else {
        char[] key = new char[length];
        word.getChars(0, length, key, 0);
        seen = new long[] {1, byNumber.size(), 0};
        byNumber.add(key);
        counts.put(key, seen);
      }
      int number = (int) seen[1];
      if (countPairs) {
        seen[2]++;
        if (previous >= 0) pairs.addTo(((long) previous << 32) | number, 1);
      }
      previous = number;
    }
  }

  /** The shortest word kept: a letter alone is completed or corrected to nothing. */
  static final int MIN_LENGTH = 2;

  /** The longest word kept: a longer run of letters is no word anyone types. */
  static final int MAX_LENGTH = 40;

  /** Marks that sit inside a word without ending it: diacritics, tatweel, joiners, bidi marks. */
  static boolean isSilent(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || c == '\u0640'
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED')
        || (c >= '\u200B' && c <= '\u200F')
        || c == '\u00AD';
  }

  private void composePresentationForms() {
    String composed = Normalizer.normalize(word, Normalizer.Form.NFKC);
    word.setLength(0);
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (Character.isLetter(c)) word.append(c);
    }
  }
}
