package dev.fahras.eval;

import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.FigureRow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well figures are read, against a gold file of the figure each passage gives about a counted
 * thing ({@code passage<TAB>figure<TAB>thing}), each thing asked as "how many" (كم عدد + the
 * thing): the gold figures found among the query's rows (in the right passage), and the things the
 * sources disagree on whose rows are marked disputed.
 */
public final class FigureEval {
  private FigureEval() {}

  /** What one thing's query found. */
  record Outcome(
      String thing, int found, int gold, boolean disagree, boolean marked, List<String> missed) {}

  public static void run(FahrasSearcher s, Path figures, boolean perQuery, PrintStream out)
      throws IOException {
    Map<String, List<String[]>> gold = new LinkedHashMap<>();
    for (String[] row : TypingEval.rows(figures, 3)) {
      gold.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : gold.entrySet()) {
      // the thing asked as a reader asks it: كم عدد قتلى داعش
      String query = "كم عدد " + e.getKey();
      List<FigureRow> rows = s.figures(query);
      Set<String> given = new HashSet<>();
      boolean marked = true;
      Set<String> values = new HashSet<>();
      for (String[] g : e.getValue()) values.add(g[1]);
      for (FigureRow r : rows) {
        for (FigureRow.Mention m : r.mentions()) {
          given.add(m.hit().docId() + "#" + m.hit().passage() + "\t" + r.value());
        }
        if (values.contains(String.valueOf(r.value())) && !r.disputed()) marked = false;
      }
      int found = 0;
      List<String> missed = new ArrayList<>();
      for (String[] g : e.getValue()) {
        if (given.contains(g[0] + "\t" + g[1])) found++;
        else missed.add(g[0] + " " + g[1]);
      }
      outcomes.add(
          new Outcome(e.getKey(), found, e.getValue().size(), values.size() > 1, marked, missed));
    }
    int found = outcomes.stream().mapToInt(Outcome::found).sum();
    int all = outcomes.stream().mapToInt(Outcome::gold).sum();
    long disagree = outcomes.stream().filter(Outcome::disagree).count();
    long marked = outcomes.stream().filter(o -> o.disagree() && o.marked()).count();
    out.println();
    out.println("| figures against the gold figures | value | of |");
    out.println("|---|--:|--:|");
    out.printf(
        Locale.ROOT,
        "| figure rows found | %.3f | %d figures given by passages |%n",
        found / (double) all,
        all);
    out.printf(
        Locale.ROOT,
        "| disagreements marked | %.3f | %d things the sources disagree on |%n",
        disagree == 0 ? 1.0 : marked / (double) disagree,
        disagree);
    if (perQuery) {
      for (Outcome o : outcomes) {
        if (o.missed().isEmpty() && (!o.disagree() || o.marked())) continue;
        out.println(
            "  "
                + o.thing()
                + ": missed "
                + o.missed()
                + (o.disagree() && !o.marked() ? ", not marked" : ""));
      }
    }
  }
}
