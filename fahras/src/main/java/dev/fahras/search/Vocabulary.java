package dev.fahras.search;

import dev.fahras.analysis.FahrasNormalizer;
import dev.fahras.index.Schema;
import dev.fahras.index.WordCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The index's words, counted in each live document's text outside its boilerplate lines: each
 * spelling an Arabic reader takes for one word (hamza seats, ة/ه, ى/ي, Persian letters) under one
 * folded key, with how many live passages use it and the written form most of them use. Immutable;
 * built once per index view and shared by the typing aids (suggestions, "did you mean",
 * transliterated queries).
 */
final class Vocabulary {
  private final String[] keys;
  private final String[] written;
  private final long[] counts;
  private final Map<String, Next> next;

  private Vocabulary(String[] keys, String[] written, long[] counts, Map<String, Next> next) {
    this.next = next;
    this.keys = keys;
    this.written = written;
    this.counts = counts;
  }

  /** The folded key of a word as typed or written. */
  static String fold(String word) {
    return FahrasNormalizer.DEFAULT.normalize(letters(word, true));
  }

  /** The letters of {@code word}, without diacritics, tatweel or marks; lower-cased if asked. */
  static String letters(String word, boolean lowerCase) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && c != '\u0640')
        b.append(lowerCase ? Character.toLowerCase(c) : c);
    }
    return b.toString();
  }

  /**
   * The vocabulary of {@code reader}'s live documents: their texts outside the boilerplate lines,
   * read from the records, each segment on a thread of the common pool.
   */
  static Vocabulary of(IndexReader reader) throws IOException {
    List<WordCounts> perSegment;
    try {
      perSegment = reader.leaves().parallelStream().map(Vocabulary::count).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    WordCounts all = new WordCounts();
    for (WordCounts c : perSegment) all.addAll(c);
    Map<String, Map<String, long[]>> pairs = new HashMap<>();
    Map<String, long[]> firstCounts = new HashMap<>();
    for (WordCounts c : perSegment) {
      Set<String> firsts = new HashSet<>();
      c.forEachPair(
          MIN_PAIR_IN_SEGMENT,
          (first, second, count, firstCount) -> {
            String key = fold(first);
            if (firsts.add(first))
              firstCounts.computeIfAbsent(key, k -> new long[1])[0] += firstCount;
            pairs.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(fold(second), k -> new long[1])[0] +=
                count;
          });
    }
    Map<String, Forms> byKey = new HashMap<>();
    all.forEach(
        (written, count) ->
            byKey.computeIfAbsent(fold(written), k -> new Forms()).add(written, count));
    String[] keys = byKey.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    String[] written = new String[keys.length];
    long[] counts = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      Forms f = byKey.get(keys[i]);
      written[i] = f.best.equals(keys[i]) ? null : f.best;
      counts[i] = f.total;
    }
    Vocabulary v = new Vocabulary(keys, written, counts, new HashMap<>());
    for (Map.Entry<String, Map<String, long[]>> e : pairs.entrySet()) {
      String best = null;
      long bestCount = 0;
      for (Map.Entry<String, long[]> f : e.getValue().entrySet()) {
        if (f.getValue()[0] > bestCount) {
          best = f.getKey();
          bestCount = f.getValue()[0];
        }
      }
      long firstCount = firstCounts.getOrDefault(e.getKey(), new long[1])[0];
      if (bestCount >= MIN_PAIR && bestCount >= NEXT_SHARE * firstCount) {
        v.next.put(e.getKey(), new Next(v.written(best), bestCount));
      }
    }
    return v;
  }

  /** The chars of the index read for pairs of words, per segment: a sample, to bound memory. */
  static final long PAIR_SAMPLE_CHARS = 8_000_000;

  /** A pair met fewer times than this in a segment's sample is left out there. */
  private static final int MIN_PAIR_IN_SEGMENT = 2;

  /** The fewest times a word sequence must be met to be suggested. */
  static final long MIN_PAIR = 3;

  /** The share of a word's uses its next word must follow it in, to be suggested with it. */
  static final double NEXT_SHARE = 0.25;

  /** The word that most often follows another, when it follows it often enough. */
  record Next(String written, long count) {}

  /** The word that follows the word with folded {@code key} in its frequent sequence, or null. */
  Next next(String key) {
    return next.get(key);
  }

  private static WordCounts count(LeafReaderContext leaf) {
    WordCounts counts = new WordCounts(PAIR_SAMPLE_CHARS);
    try {
      BinaryDocValues records = leaf.reader().getBinaryDocValues(Schema.RECORD);
      if (records == null) return counts;
      Bits live = leaf.reader().getLiveDocs();
      for (int d = records.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = records.nextDoc()) {
        if (live == null || live.get(d)) counts.addRecord(records.binaryValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  /** The spellings met under one key. */
  private static final class Forms {
    private final Map<String, Long> counts = new HashMap<>(2);
    String best;
    long bestCount;
    long total;

    void add(String form, long count) {
      long c = counts.merge(form, count, Long::sum);
      total += count;
      if (c > bestCount || (c == bestCount && form.compareTo(best) < 0)) {
        best = form;
        bestCount = c;
      }
    }
  }

  /** How many distinct words (folded keys). */
  int size() {
    return keys.length;
  }

  /** The position of folded {@code key}, or -1. */
  int find(String key) {
    int i = Arrays.binarySearch(keys, key);
    return i < 0 ? -1 : i;
  }

  /** How often the word with folded {@code key} occurs (0 when never). */
  long count(String key) {
    int i = find(key);
    return i < 0 ? 0 : counts[i];
  }

  String key(int i) {
    return keys[i];
  }

  long count(int i) {
    return counts[i];
  }

  /** The word at {@code i} as the passages write it most often. */
  String written(int i) {
    return written[i] == null ? keys[i] : written[i];
  }

  /** The most frequent written form of folded {@code key}, or the key itself when unknown. */
  String written(String key) {
    int i = find(key);
    return i < 0 ? key : written(i);
  }

  /** A rough size in bytes: what keeping it costs. */
  long bytes() {
    long b = 16L * keys.length + 8L * counts.length;
    for (int i = 0; i < keys.length; i++) {
      b += 40 + 2L * keys[i].length();
      if (written[i] != null) b += 40 + 2L * written[i].length();
    }
    return b;
  }
}
