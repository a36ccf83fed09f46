package dev.fahras.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * Compares stemmers on the evaluation queries with everything else held equal: the stock pipeline
 * (one passage per line, BM25, classic parser with OR) over Fahras's chain without stemming, then
 * with Lucene's {@code ArabicStemmer}, the Snowball Arabic stemmer, or Fahras's light stemmer as
 * its last step. Stock {@link ArabicAnalyzer} is the first row.
 */
public final class StemmerComparison {
  private StemmerComparison() {}

  /**
   * Fahras's chain assembled by SPI name up to stopwords, then {@code stemmer} (none, lucene,
   * snowball, fahras).
   */
  static Analyzer chain(String stemmer) throws IOException {
    CustomAnalyzer.Builder b =
        CustomAnalyzer.builder()
            .addCharFilter("fahrasFolding")
            .withTokenizer("uax29UrlEmail")
            .addTokenFilter("fahrasDaggerAlef")
            .addTokenFilter("fahrasNormalization")
            .addTokenFilter("fahrasMonths")
            .addTokenFilter("fahrasNumbers")
            .addTokenFilter("fahrasStop");
    switch (stemmer) {
      case "lucene" -> b.addTokenFilter("arabicStem");
      case "snowball" -> b.addTokenFilter("snowballPorter", "language", "Arabic");
      case "fahras" -> b.addTokenFilter("fahrasLightStem");
      default -> {}
    }
    return b.build();
  }

  public static void run(Path queries, Path corpus, PrintStream out) throws IOException {
    Evaluation eval = new Evaluation(EvalQuery.read(queries), corpus);
    Map<String, Analyzer> rows = new LinkedHashMap<>();
    rows.put("stock ArabicAnalyzer", new ArabicAnalyzer());
    rows.put("Fahras chain, no stemming", chain("none"));
    rows.put("Fahras chain + Lucene ArabicStemmer", chain("lucene"));
    rows.put("Fahras chain + Snowball Arabic", chain("snowball"));
    rows.put("Fahras chain + Fahras light stemmer", chain("fahras"));
    out.println(
        "| analyzer (stock pipeline: line passages, BM25, classic parser OR) | MRR@10 | S@1 | S@10 | SourceRecall@10 | morphology MRR | morphology SR |");
    out.println("|---|--:|--:|--:|--:|--:|--:|");
    for (Map.Entry<String, Analyzer> e : rows.entrySet()) {
      try (RetrievalSystem s = new StockLuceneSystem(corpus, e.getValue(), e.getKey())) {
        Map<String, Evaluation.Metrics> m = eval.run(s, null);
        Evaluation.Metrics o = m.get(Evaluation.OVERALL);
        Evaluation.Metrics morph = m.get("morphology");
        out.printf(
            Locale.ROOT,
            "| %s | %.3f | %.3f | %.3f | %.3f | %s | %s |%n",
            e.getKey(),
            o.mrr(),
            o.success1(),
            o.success10(),
            o.sourceRecall(),
            morph == null ? "-" : String.format(Locale.ROOT, "%.3f", morph.mrr()),
            morph == null ? "-" : String.format(Locale.ROOT, "%.3f", morph.sourceRecall()));
      }
    }
  }
}
