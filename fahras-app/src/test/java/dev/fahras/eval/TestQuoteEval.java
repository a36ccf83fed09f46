package dev.fahras.eval;

import dev.fahras.json.Json;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.SearcherConfig;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The quote finder on generated quotes, over documents that reuse the bundled reports' paragraphs
 * (as the bench corpus does, at a size a test can index): held at its measured levels.
 */
public class TestQuoteEval extends LuceneTestCase {
  public void testQuotesAreFoundInEveryDocumentCarryingThem() throws Exception {
    Path corpus = createTempDir().resolve("docs.jsonl");
    writeMixedDocuments(corpus, 120, new SplittableRandom(5));
    try (FahrasSystem system = new FahrasSystem(corpus, SearcherConfig.defaults(), "Fahras")) {
      FahrasSearcher s = system.searcher();
      List<QuoteEval.Quote> quotes = QuoteEval.generate(s, 60, new SplittableRandom(3));
      assertEquals(60, quotes.size());
      List<QuoteEval.Outcome> outcomes = QuoteEval.measure(s, quotes);
      double recall = outcomes.stream().mapToDouble(QuoteEval.Outcome::recall).average().orElse(0);
      int correct = outcomes.stream().mapToInt(QuoteEval.Outcome::correct).sum();
      int reported = outcomes.stream().mapToInt(QuoteEval.Outcome::reported).sum();
      assertTrue("recall " + recall, recall >= 0.9);
      assertTrue("precision " + correct + "/" + reported, correct >= 0.85 * reported);
      assertTrue(quotes.stream().anyMatch(q -> !q.changes().isEmpty()));
    }
  }

  public void testNumbersAreSpelt() {
    assertEquals("ثلاثمئة وأربعة وسبعون", ArabicNumberWords.spell(374));
    assertEquals("مئة وواحد وعشرون", ArabicNumberWords.spell(121));
    assertEquals("ألفان واثنان وعشرون", ArabicNumberWords.spell(2022));
    assertEquals("خمسة آلاف", ArabicNumberWords.spell(5000));
    assertEquals("أحد عشر", ArabicNumberWords.spell(11));
    assertNull(ArabicNumberWords.spell(0));
    assertNull(ArabicNumberWords.spell(10_000));
  }

  public void testFoldingIgnoresWhatReadersIgnore() {
    assertEquals(Judge.normalize("مسؤوله"), Judge.normalize("مَسؤولـة"));
    assertEquals(Judge.normalize("الى"), Judge.normalize("إلى"));
  }

  /** Documents of 3–6 paragraphs, each a paragraph of a bundled report: they repeat across them. */
  private static void writeMixedDocuments(Path out, int docs, SplittableRandom rnd)
      throws Exception {
    List<String> paragraphs = new ArrayList<>();
    try (var files = Files.newDirectoryStream(Path.of("testdata"), "*.txt")) {
      for (Path f : files) {
        for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
          if (p.split("\\s+").length >= 8) paragraphs.add(p.strip());
        }
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int d = 0; d < docs; d++) {
        StringBuilder text = new StringBuilder();
        int n = 3 + rnd.nextInt(4);
        for (int p = 0; p < n; p++) {
          if (p > 0) text.append('\n');
          text.append(paragraphs.get(rnd.nextInt(paragraphs.size())));
        }
        String id = "m" + d;
        String source = "outlet-" + (d % 7);
        w.write(
            Json.write(
                g -> {
                  g.writeStartObject();
                  g.writeStringField("id", id);
                  g.writeStringField("source", source);
                  g.writeStringField("text", text.toString());
                  g.writeEndObject();
                }));
        w.write('\n');
      }
    }
  }
}
