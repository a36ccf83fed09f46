package dev.fahras.bench;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.SearchResult;
import dev.fahras.search.TypingAidsCost;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the typing aids cost on a built index: building them (time, words, memory), a completion per
 * prefix as typed, and a search whose query has a misspelt word beside the same query spelt right.
 */
final class TypingBench {
  private TypingBench() {}

  private static final Pattern WORD = Pattern.compile("[\\u0621-\\u064A]{4,}");
  private static final String[] CLITICS = {"", "", "", "و", "ب", "وال", "بال", "ف"};

  /** Letters swapped for a sound-alike: the slips the corrector knows. */
  private static final String[][] ALIKE = {
    {"ض", "ظ"},
    {"ظ", "ض"},
    {"ذ", "ز"},
    {"ز", "ذ"},
    {"ث", "س"},
    {"س", "ث"},
    {"ق", "ك"},
    {"ك", "ق"},
    {"ص", "س"},
    {"ط", "ت"}
  };

  static void run(Path index, Path corpus, int calls, PrintWriter out) throws IOException {
    List<String> words = new ArrayList<>();
    try (DocumentSource source = Sources.open(corpus, ReadOptions.DEFAULT)) {
      SourceDocument d;
      while ((d = source.next()) != null && words.size() < 200_000) {
        Matcher m = WORD.matcher(d.text());
        while (m.find()) words.add(m.group());
      }
    }
    SplittableRandom rnd = new SplittableRandom(31);
    try (FahrasSearcher fahras = FahrasSearcher.open(index)) {
      long t0 = System.nanoTime();
      TypingAidsCost cost = fahras.typingAidsCost();
      long firstCall = (System.nanoTime() - t0) / 1_000_000;
      out.println("| typing aids of the index | distinct words | memory (estimate) | built in |");
      out.println("|---|--:|--:|--:|");
      out.printf(
          Locale.ROOT,
          "| vocabulary and suggestion FST | %,d | %.1f MB | %d ms (read %d ms) |%n%n",
          cost.words(),
          cost.bytes() / 1e6,
          firstCall,
          cost.buildMillis());

      long[] suggest = new long[calls];
      for (int i = -500; i < calls; i++) {
        String w = words.get(rnd.nextInt(words.size()));
        String c = CLITICS[rnd.nextInt(CLITICS.length)];
        if (c.endsWith("ال") && w.startsWith("ال")) c = c.substring(0, c.length() - 2);
        String prefix = c + w.substring(0, 2 + rnd.nextInt(Math.min(5, w.length() - 1)));
        long s = System.nanoTime();
        fahras.suggest(prefix, 8);
        if (i >= 0) suggest[i] = System.nanoTime() - s;
      }

      long[] context = new long[calls];
      for (int i = -500; i < calls; i++) {
        String before = words.get(rnd.nextInt(words.size()));
        String w = words.get(rnd.nextInt(words.size()));
        String prefix = before + " " + w.substring(0, 2 + rnd.nextInt(Math.min(5, w.length() - 1)));
        long s = System.nanoTime();
        fahras.suggest(prefix, 8);
        if (i >= 0) context[i] = System.nanoTime() - s;
      }

      int searches = Math.min(calls, 2000);
      long[] slipped = new long[searches];
      long[] right = new long[searches];
      int offered = 0;
      for (int i = -200; i < searches; i++) {
        String a = words.get(rnd.nextInt(words.size()));
        String b = words.get(rnd.nextInt(words.size()));
        String slip = slip(b, rnd);
        long s = System.nanoTime();
        SearchResult r = fahras.search(a + " " + slip);
        long slipTime = System.nanoTime() - s;
        s = System.nanoTime();
        fahras.search(a + " " + b);
        long rightTime = System.nanoTime() - s;
        if (i >= 0) {
          slipped[i] = slipTime;
          right[i] = rightTime;
          if (r.didYouMean() != null || r.readAs() != null) offered++;
        }
      }
      out.println("| call | p50 ms | p95 ms | p99 ms | |");
      out.println("|---|--:|--:|--:|---|");
      row(out, "suggest (a prefix of 2–6 letters, clitics typed on some)", suggest, "");
      row(out, "suggest after a word typed before (its context)", context, "");
      row(
          out,
          "search, two words, one misspelt (did you mean)",
          slipped,
          String.format(Locale.ROOT, "corrected: %d of %d", offered, searches));
      row(out, "search, the same two words spelt right", right, "");
    }
  }

  /** {@code word} with one letter swapped for a sound-alike, or an inner long vowel dropped. */
  static String slip(String word, SplittableRandom rnd) {
    int from = rnd.nextInt(ALIKE.length);
    for (int k = 0; k < ALIKE.length; k++) {
      String[] pair = ALIKE[(from + k) % ALIKE.length];
      int at = word.indexOf(pair[0], 1);
      if (at > 0) return word.substring(0, at) + pair[1] + word.substring(at + 1);
    }
    for (int at = 2; at < word.length() - 1; at++) {
      if ("اوي".indexOf(word.charAt(at)) >= 0) {
        return word.substring(0, at) + word.substring(at + 1);
      }
    }
    return word + word.charAt(word.length() - 1); // a doubled last letter
  }

  private static void row(PrintWriter out, String name, long[] nanos, String note) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.2f | %.2f | %s |%n",
        name,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        note);
  }
}
