package dev.fahras.eval;

import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.SearchResult;
import dev.fahras.search.SearcherConfig;
import dev.fahras.search.Suggestion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well the typing aids find what was meant: completions of prefixes (success at 1 and 5),
 * corrected misspellings and queries typed on the wrong keyboard layout or in Latin letters
 * (success: the query read, or the correction offered, is the one meant), and how often a correct
 * query gets a correction or another reading it did not need (the false-suggestion rate).
 */
public final class TypingEval {
  private TypingEval() {}

  /** The sets, each a TSV file: prefixes, misspellings, layouts and transliterations. */
  public record Sets(Path prefixes, Path misspellings, Path layouts, Path transliterations) {}

  /**
   * Scores {@code sets} over {@code corpus}, and the false suggestions on {@code correct} queries
   * (named sets of queries a user would type as they are).
   */
  public static void run(
      Sets sets, Path corpus, Map<String, List<String>> correct, boolean perQuery, PrintStream out)
      throws IOException {
    try (FahrasSystem system =
        new FahrasSystem(corpus, SearcherConfig.builder().build(), "Fahras")) {
      FahrasSearcher s = system.searcher();
      out.println("| set | kind | queries | success@1 | success@5 |");
      out.println("|---|---|--:|--:|--:|");
      List<String> misses = new ArrayList<>();
      prefixes(s, rows(sets.prefixes(), 2), misses, out);
      readings(s, "misspellings", rows(sets.misspellings(), 3), misses, out);
      List<String[]> layouts = new ArrayList<>();
      for (String[] r : rows(sets.layouts(), 2)) layouts.add(new String[] {"keyboard", r[0], r[1]});
      readings(s, "wrong layout", layouts, misses, out);
      readings(s, "Latin script", rows(sets.transliterations(), 3), misses, out);
      out.println();
      falseHeader(out);
      for (Map.Entry<String, List<String>> e : correct.entrySet()) {
        falseSuggestions(s, e, perQuery ? misses : null, out);
      }
      if (perQuery) {
        out.println();
        out.println("missed (typed -> offered, meant):");
        misses.forEach(m -> out.println("  " + m));
      }
    }
  }

  /** False suggestions on the questions of {@code topics} over {@code corpus}. */
  public static void falseSuggestions(
      Path corpus, String name, List<String> queries, boolean perQuery, PrintStream out)
      throws IOException {
    try (FahrasSystem system =
        new FahrasSystem(corpus, SearcherConfig.builder().build(), "Fahras")) {
      falseHeader(out);
      List<String> misses = new ArrayList<>();
      falseSuggestions(system.searcher(), Map.entry(name, queries), misses, out);
      if (perQuery) misses.forEach(m -> out.println("  " + m));
    }
  }

  private static void prefixes(
      FahrasSearcher s, List<String[]> rows, List<String> misses, PrintStream out)
      throws IOException {
    int at1 = 0;
    int at5 = 0;
    for (String[] r : rows) {
      List<Suggestion> found = s.suggest(r[0], 5);
      if (found.isEmpty() || !same(found.get(0).text(), r[1])) {
        misses.add(r[0] + " -> " + found.stream().map(Suggestion::text).toList() + ", " + r[1]);
      }
      for (int i = 0; i < found.size(); i++) {
        if (same(found.get(i).text(), r[1])) {
          if (i == 0) at1++;
          at5++;
          break;
        }
      }
    }
    row(out, "completions", "prefix", rows.size(), at1, at5);
  }

  /**
   * Rows of kind, typed, meant: a success when the search was read as the query meant, or offered
   * it (or a query whose best passage is the meant query's). A kind the analysis already folds
   * (hamza seats, ة, ى) succeeds when the query as typed finds just what the query meant finds. One
   * reading is offered, so success@5 is success@1.
   */
  private static void readings(
      FahrasSearcher s, String set, List<String[]> rows, List<String> misses, PrintStream out)
      throws IOException {
    Map<String, int[]> byKind = new LinkedHashMap<>();
    for (String[] r : rows) {
      SearchResult typed = s.search(r[1]);
      boolean ok;
      String offered = typed.readAs() != null ? typed.readAs() : typed.didYouMean();
      if (offered != null) {
        ok = same(offered, r[2]) || sameTop(s.search(offered), s.search(r[2]));
      } else {
        SearchResult meant = s.search(r[2]);
        ok = meant.total() > 0 && meant.total() == typed.total() && sameTop(typed, meant);
      }
      if (!ok) misses.add(r[0] + ": " + r[1] + " -> " + offered + ", " + r[2]);
      int[] c = byKind.computeIfAbsent(r[0], k -> new int[2]);
      c[0]++;
      if (ok) c[1]++;
    }
    int n = 0;
    int hits = 0;
    for (Map.Entry<String, int[]> e : byKind.entrySet()) {
      row(out, set, e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[1]);
      n += e.getValue()[0];
      hits += e.getValue()[1];
    }
    if (byKind.size() > 1) row(out, set, "**all**", n, hits, hits);
  }

  private static boolean sameTop(SearchResult a, SearchResult b) {
    if (a.hits().isEmpty() || b.hits().isEmpty()) return false;
    return a.hits().get(0).docId().equals(b.hits().get(0).docId())
        && a.hits().get(0).passage() == b.hits().get(0).passage();
  }

  private static void falseHeader(PrintStream out) {
    out.println(
        "| correct queries | queries | found as typed | of those, offered a correction (false"
            + " suggestion) | found nothing as typed, read otherwise |");
    out.println("|---|--:|--:|--:|--:|");
  }

  /**
   * Correct queries: one that finds as typed and is offered a correction anyway is a false
   * suggestion; one that finds nothing may be read otherwise, and that is counted apart.
   */
  private static void falseSuggestions(
      FahrasSearcher s, Map.Entry<String, List<String>> set, List<String> misses, PrintStream out)
      throws IOException {
    int found = 0;
    int corrected = 0;
    int read = 0;
    for (String q : set.getValue()) {
      SearchResult r = s.search(q);
      if (r.readAs() != null) {
        read++;
        if (misses != null) misses.add("correct, found nothing: " + q + " -> " + r.readAs());
        continue;
      }
      if (r.total() > 0) found++;
      if (r.didYouMean() != null) {
        corrected++;
        if (misses != null) misses.add("correct: " + q + " -> " + r.didYouMean());
      }
    }
    out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %d (%.3f) | %d |%n",
        set.getKey(),
        set.getValue().size(),
        found,
        corrected,
        found == 0 ? 0.0 : corrected / (double) found,
        read);
  }

  private static void row(PrintStream out, String set, String kind, int n, int at1, int at5) {
    out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %.3f | %.3f |%n",
        set,
        kind,
        n,
        n == 0 ? 0.0 : at1 / (double) n,
        n == 0 ? 0.0 : at5 / (double) n);
  }

  /** The same query, up to what the judge normalizes (diacritics, hamza seats, ة, ى, spaces). */
  private static boolean same(String a, String b) {
    return Judge.normalize(a).equals(Judge.normalize(b));
  }

  /** The rows of a TSV file with {@code columns} columns, comments and blank lines skipped. */
  public static List<String[]> rows(Path file, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length != columns) {
        throw new IOException(
            file.getFileName() + ":" + lineNo + ": expected " + columns + " tab-separated fields");
      }
      out.add(f);
    }
    return out;
  }
}
