package dev.fahras.eval;

import dev.fahras.search.Counterpart;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.SearcherConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well counterparts find the same fact in other sources, against a gold file of facts (each a
 * set of passages, {@code docId#n}, that tell it): for every passage of the corpus, the other
 * documents holding a passage that tells one of its facts are what it should find.
 *
 * <ul>
 *   <li>recall@3: of those documents (at most three counted), the share whose passage is among the
 *       first three counterparts;
 *   <li>precision: of all counterparts returned, the share that tell a fact of the passage;
 *   <li>none where none: of the passages no other source tells, the share that get no counterpart —
 *       a passage of its own must get an empty list, not the nearest passages.
 * </ul>
 */
public final class SourceComparisonEval {
  private SourceComparisonEval() {}

  /** Counterparts asked per passage. */
  static final int LIMIT = 5;

  public static void run(Path corpus, Path facts, boolean perQuery, PrintStream out)
      throws IOException {
    run(corpus, facts, null, perQuery, out);
  }

  /** Also the figures, when a gold file of them is given ({@link FigureEval}). */
  public static void run(Path corpus, Path facts, Path figures, boolean perQuery, PrintStream out)
      throws IOException {
    Map<String, Set<String>> factsOf = new HashMap<>();
    for (String[] row : TypingEval.rows(facts, 3)) {
      for (String passage : row[1].strip().split("\\s+")) {
        factsOf.computeIfAbsent(passage, k -> new HashSet<>()).add(row[0]);
      }
    }
    try (FahrasSystem system = new FahrasSystem(corpus, SearcherConfig.defaults(), "Fahras")) {
      FahrasSearcher s = system.searcher();
      for (String passage : factsOf.keySet()) check(s, passage, facts);
      double recall = 0;
      int withFacts = 0;
      int returned = 0;
      int relevant = 0;
      int alone = 0;
      int aloneEmpty = 0;
      List<String> misses = new ArrayList<>();
      for (String doc : s.documentIds()) {
        for (int p = 0; p < s.passageCount(doc); p++) {
          String id = doc + "#" + p;
          Set<String> mine = factsOf.getOrDefault(id, Set.of());
          Set<String> shouldDocs = new LinkedHashSet<>();
          Set<String> should = new HashSet<>();
          for (Map.Entry<String, Set<String>> e : factsOf.entrySet()) {
            String other = e.getKey();
            if (other.startsWith(doc + "#") || disjoint(mine, e.getValue())) continue;
            should.add(other);
            shouldDocs.add(other.substring(0, other.indexOf('#')));
          }
          List<Counterpart> got = s.counterparts(doc, p, LIMIT);
          List<String> gotIds =
              got.stream().map(c -> c.hit().docId() + "#" + c.hit().passage()).toList();
          returned += got.size();
          for (String g : gotIds) if (should.contains(g)) relevant++;
          if (should.isEmpty()) {
            alone++;
            if (got.isEmpty()) aloneEmpty++;
            else misses.add(id + " tells nothing another source tells, got " + gotIds);
            continue;
          }
          withFacts++;
          int found = 0;
          for (String g : gotIds.subList(0, Math.min(3, gotIds.size())))
            if (should.contains(g)) found++;
          double r = found / (double) Math.min(3, shouldDocs.size());
          recall += r;
          if (r < 1) misses.add(id + " " + mine + ": got " + gotIds + ", should " + should);
        }
      }
      out.println("| counterparts against the gold facts | value | of |");
      out.println("|---|--:|--:|");
      out.printf(
          Locale.ROOT,
          "| recall@3 | %.3f | %d passages telling a fact |%n",
          recall / withFacts,
          withFacts);
      out.printf(
          Locale.ROOT,
          "| precision | %.3f | %d counterparts returned |%n",
          returned == 0 ? 0.0 : relevant / (double) returned,
          returned);
      out.printf(
          Locale.ROOT,
          "| none where none | %.3f | %d passages no other source tells |%n",
          alone == 0 ? 0.0 : aloneEmpty / (double) alone,
          alone);
      if (perQuery) {
        out.println();
        misses.forEach(m -> out.println("  " + m));
      }
      if (figures != null) FigureEval.run(s, figures, perQuery, out);
    }
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) if (b.contains(x)) return false;
    return true;
  }

  /** A gold passage the index does not have is an error in the gold file, said with its name. */
  private static void check(FahrasSearcher s, String passage, Path facts) throws IOException {
    int hash = passage.indexOf('#');
    boolean ok = false;
    if (hash > 0) {
      try {
        int n = Integer.parseInt(passage.substring(hash + 1));
        ok = n >= 0 && n < s.passageCount(passage.substring(0, hash));
      } catch (NumberFormatException e) {
        ok = false;
      }
    }
    if (!ok) {
      throw new IOException(
          facts.getFileName()
              + ": no passage "
              + passage
              + " in the corpus (docId#passage, from 0)");
    }
  }
}
