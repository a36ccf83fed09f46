package dev.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluation with TREC-style judgments, for users' own collections: topics as {@code id<TAB>query}
 * lines, qrels as {@code topic iteration docno relevance} lines (whitespace separated; relevance
 * &gt; 0 is relevant, graded for nDCG). A docno is a document id, or {@code docId#n} for passage n.
 * With document ids, passages are ranked as their documents (first occurrence). Reports MAP@10,
 * MRR@10, nDCG@10 and Recall@100.
 */
public final class TrecEval {
  static final int DEPTH = 100;

  private final Map<String, String> topics = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> qrels = new HashMap<>();
  private boolean passageLevel;
  private final Map<String, Integer> firstRanks = new LinkedHashMap<>();
  private final Map<String, double[]> perTopic = new LinkedHashMap<>();

  public TrecEval(Path topicsFile, Path qrelsFile) throws IOException {
    this(topicsFile, qrelsFile, null);
  }

  /** The topics of {@code half} only (all of them when null). */
  public TrecEval(Path topicsFile, Path qrelsFile, Half half) throws IOException {
    int lineNo = 0;
    for (String line : Files.readAllLines(topicsFile, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      int tab = line.indexOf('\t');
      if (tab < 0) throw new IOException(topicsFile + ":" + lineNo + ": expected id<TAB>query");
      String id = line.substring(0, tab).strip();
      if (Half.holds(half, id)) topics.put(id, line.substring(tab + 1).strip());
    }
    lineNo = 0;
    for (String line : Files.readAllLines(qrelsFile, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.strip().split("\\s+");
      if (f.length != 4)
        throw new IOException(
            qrelsFile + ":" + lineNo + ": expected 'topic iteration docno relevance'");
      try {
        qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
      } catch (NumberFormatException e) {
        throw new IOException(
            qrelsFile + ":" + lineNo + ": relevance '" + f[3] + "' is not a number");
      }
      if (f[2].contains("#")) passageLevel = true;
    }
  }

  /** Whether the judgments name passages (docId#n) rather than documents. */
  public boolean passageLevel() {
    return passageLevel;
  }

  /** {MAP@10, MRR@10, nDCG@10, Recall@100} averaged over the judged topics. */
  public double[] run(RetrievalSystem system) throws IOException {
    double map = 0, mrr = 0, ndcg = 0, recall = 0;
    int n = 0;
    firstRanks.clear();
    perTopic.clear();
    for (Map.Entry<String, String> t : topics.entrySet()) {
      Map<String, Integer> judged = qrels.getOrDefault(t.getKey(), Map.of());
      Set<String> relevant = new HashSet<>();
      judged.forEach(
          (k, v) -> {
            if (v > 0) relevant.add(k);
          });
      if (relevant.isEmpty()) continue;
      n++;
      List<String> ranked = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (RetrievalSystem.Result r : system.search(t.getValue(), DEPTH)) {
        String id = passageLevel ? r.passageId() : r.docId();
        if (seen.add(id)) ranked.add(id);
      }
      double hits = 0, ap = 0, dcg = 0, rr = 0;
      boolean first = true;
      for (int i = 0; i < ranked.size(); i++) {
        boolean rel = relevant.contains(ranked.get(i));
        if (i < 10 && rel) {
          hits++;
          ap += hits / (i + 1);
          if (first) {
            rr = 1.0 / (i + 1);
            firstRanks.put(t.getKey(), i + 1);
            first = false;
          }
        }
        if (i < 10)
          dcg +=
              (Math.pow(2, judged.getOrDefault(ranked.get(i), 0)) - 1)
                  / (Math.log(i + 2) / Math.log(2));
      }
      firstRanks.putIfAbsent(t.getKey(), 0);
      mrr += rr;
      double apAt10 = ap / Math.min(10, relevant.size());
      map += apAt10;
      perTopic.put(t.getKey(), new double[] {apAt10, rr});
      List<Integer> ideal = new ArrayList<>(judged.values());
      ideal.sort((a, b) -> b - a);
      double idcg = 0;
      for (int i = 0; i < Math.min(10, ideal.size()); i++)
        idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
      ndcg += idcg > 0 ? dcg / idcg : 0;
      long found = ranked.stream().limit(DEPTH).filter(relevant::contains).count();
      recall += (double) found / relevant.size();
    }
    if (n == 0) return new double[4];
    return new double[] {map / n, mrr / n, ndcg / n, recall / n};
  }

  /**
   * The judged topics of the last {@link #run}, each with its first relevant rank (0: not in 10).
   */
  public Map<String, Integer> firstRanks() {
    return new LinkedHashMap<>(firstRanks);
  }

  /**
   * Each judged topic's AP@10 ({@code [0]}) and reciprocal rank ({@code [1]}) in the last {@link
   * #run}, in topic order: the per-query scores a paired test compares.
   */
  public Map<String, double[]> perTopic() {
    return new LinkedHashMap<>(perTopic);
  }

  /** The query text of a topic. */
  public String topic(String id) {
    return topics.get(id);
  }

  static String row(String name, double[] m) {
    return String.format(
        Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |", name, m[0], m[1], m[2], m[3]);
  }
}
