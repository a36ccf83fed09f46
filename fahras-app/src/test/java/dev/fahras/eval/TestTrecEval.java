package dev.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestTrecEval extends LuceneTestCase {
  /** A system returning a fixed ranking of documents d1..d4. */
  private static RetrievalSystem fixed(String... ids) {
    return new RetrievalSystem() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public List<Result> search(String query, int k) {
        return Arrays.stream(ids).map(id -> new Result(id, id + "#0", "")).toList();
      }

      @Override
      public void close() {}
    };
  }

  public void testMetricsByHand() throws Exception {
    Path dir = createTempDir();
    Path topics = dir.resolve("topics.tsv");
    Path qrels = dir.resolve("qrels.txt");
    Files.writeString(topics, "q1\tاي شيء\n", StandardCharsets.UTF_8);
    Files.writeString(qrels, "q1 0 d2 1\nq1 0 d4 2\nq1 0 d9 1\n", StandardCharsets.UTF_8);
    TrecEval trec = new TrecEval(topics, qrels);
    assertFalse(trec.passageLevel());
    double[] m = trec.run(fixed("d1", "d2", "d3", "d4"));
    assertEquals((1.0 / 2 + 2.0 / 4) / 3, m[0], 1e-9); // AP@10 over 3 relevant
    assertEquals(0.5, m[1], 1e-9); // first relevant at rank 2
    double dcg = 1 / log2(3) + 3 / log2(5);
    double idcg = 3 / log2(2) + 1 / log2(3) + 1 / log2(4);
    assertEquals(dcg / idcg, m[2], 1e-9);
    assertEquals(2.0 / 3, m[3], 1e-9);
    assertEquals(Map.of("q1", 2), trec.firstRanks());
    trec.run(fixed("d1", "d3"));
    assertEquals(Map.of("q1", 0), trec.firstRanks());
  }

  public void testBadQrelsNamed() throws Exception {
    Path dir = createTempDir();
    Files.writeString(dir.resolve("t.tsv"), "q1\tx\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("q.txt"), "q1 0 d2\n", StandardCharsets.UTF_8);
    IOException e =
        expectThrows(
            IOException.class, () -> new TrecEval(dir.resolve("t.tsv"), dir.resolve("q.txt")));
    assertTrue(e.getMessage(), e.getMessage().contains("q.txt:1"));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
