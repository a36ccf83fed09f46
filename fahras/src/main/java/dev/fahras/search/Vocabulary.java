package dev.fahras.search;

import dev.fahras.analysis.FahrasNormalizer;
import dev.fahras.index.Schema;
import dev.fahras.index.WordCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final long total;

  private Vocabulary(String[] keys, String[] written, long[] counts) {
    this.keys = keys;
    this.written = written;
    this.counts = counts;
    this.total = Arrays.stream(counts).sum();
  }

  /** The folded key of a word as typed or written. */
  static String fold(String word) {
    StringBuilder clean = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && c != '\u0640') clean.append(Character.toLowerCase(c));
    }
    return FahrasNormalizer.DEFAULT.normalize(clean.toString());
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
    return new Vocabulary(keys, written, counts);
  }

  private static WordCounts count(LeafReaderContext leaf) {
    WordCounts counts = new WordCounts();
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

  /** Occurrences of all words in the live passages. */
  long total() {
    return total;
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
