package dev.fahras.eval;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs evaluation queries against systems side by side and reports, per category and overall,
 * MRR@10, Success@1, Success@10 and SourceRecall@10 (see {@code testdata/eval/README.md}).
 *
 * <p>SourceRecall@10: of the corpus documents with at least one line matching the answer pattern,
 * the fraction that appear through a relevant passage in the top 10.
 */
public final class Evaluation {
  public static final String OVERALL = "overall";
  static final int K = 10;

  /** Metric sums for one category. */
  public static final class Metrics {
    int queries;
    double rr;
    double s1;
    double s10;
    double sourceRecall;

    public double mrr() {
      return rr / queries;
    }

    public double success1() {
      return s1 / queries;
    }

    public double success10() {
      return s10 / queries;
    }

    public double sourceRecall() {
      return sourceRecall / queries;
    }

    public int queries() {
      return queries;
    }
  }

  /** Per-query outcome, for reports. */
  public record QueryOutcome(
      String id, String system, int firstRelevantRank, double sourceRecall) {}

  private final List<EvalQuery> queries;
  private final Map<String, List<String>> linesByDoc = new LinkedHashMap<>();

  public Evaluation(List<EvalQuery> queries, Path corpus) throws IOException {
    this.queries = queries;
    try (DocumentSource source = Sources.open(corpus, ReadOptions.DEFAULT)) {
      SourceDocument doc;
      while ((doc = source.next()) != null) {
        List<String> lines = new ArrayList<>();
        for (String line : doc.text().split("\n")) if (!line.isBlank()) lines.add(line);
        linesByDoc.put(doc.id(), lines);
      }
    }
  }

  /** Category → metrics for {@code system}; includes {@link #OVERALL}. */
  public Map<String, Metrics> run(RetrievalSystem system, List<QueryOutcome> outcomes)
      throws IOException {
    Map<String, Metrics> byCat = new TreeMap<>();
    Metrics overall = new Metrics();
    for (EvalQuery q : queries) {
      Set<String> relevantDocs = new HashSet<>();
      for (var e : linesByDoc.entrySet()) {
        for (String line : e.getValue()) {
          if (q.relevant(line)) {
            relevantDocs.add(e.getKey());
            break;
          }
        }
      }
      List<RetrievalSystem.Result> results = system.search(q.query(), K);
      int first = 0;
      Set<String> found = new HashSet<>();
      for (int i = 0; i < results.size() && i < K; i++) {
        if (q.relevant(results.get(i).text())) {
          if (first == 0) first = i + 1;
          found.add(results.get(i).docId());
        }
      }
      found.retainAll(relevantDocs);
      double sr = relevantDocs.isEmpty() ? 1.0 : (double) found.size() / relevantDocs.size();
      if (outcomes != null) outcomes.add(new QueryOutcome(q.id(), system.name(), first, sr));
      for (Metrics m :
          new Metrics[] {byCat.computeIfAbsent(q.category(), c -> new Metrics()), overall}) {
        m.queries++;
        m.rr += first == 0 ? 0 : 1.0 / first;
        m.s1 += first == 1 ? 1 : 0;
        m.s10 += first > 0 ? 1 : 0;
        m.sourceRecall += sr;
      }
    }
    byCat.put(OVERALL, overall);
    return byCat;
  }

  /** A Markdown table: one row per category, Fahras and baseline side by side per metric. */
  public static String table(String a, Map<String, Metrics> ma, String b, Map<String, Metrics> mb) {
    StringBuilder s = new StringBuilder();
    s.append("| category | n | MRR@10 ")
        .append(a)
        .append(" | MRR@10 ")
        .append(b)
        .append(" | S@1 ")
        .append(a)
        .append(" | S@1 ")
        .append(b)
        .append(" | S@10 ")
        .append(a)
        .append(" | S@10 ")
        .append(b)
        .append(" | SourceRecall@10 ")
        .append(a)
        .append(" | SourceRecall@10 ")
        .append(b)
        .append(" |\n");
    s.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    List<String> cats = new ArrayList<>(ma.keySet());
    cats.remove(OVERALL);
    cats.add(OVERALL);
    for (String c : cats) {
      Metrics x = ma.get(c);
      Metrics y = mb.get(c);
      String label = c.equals(OVERALL) ? "**overall**" : c;
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
              label,
              x.queries(),
              x.mrr(),
              y.mrr(),
              x.success1(),
              y.success1(),
              x.success10(),
              y.success10(),
              x.sourceRecall(),
              y.sourceRecall()));
    }
    return s.toString();
  }
}
