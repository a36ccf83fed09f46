package dev.fahras.search;

import dev.fahras.index.IndexConfig;
import dev.fahras.index.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestHighlighter extends LuceneTestCase {
  private static final Pattern QUERY = Pattern.compile("\"q\":\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * The spans skip the exact-form analysis when every exact form is lit through its stem: on every
   * line of the bundled reports and every eval query, plain and with a +word, they are what reading
   * every field gives.
   */
  public void testSpansAgreeWithEveryFieldRead() throws Exception {
    Analyzer analyzer = Schema.indexAnalyzer(IndexConfig.defaults().analyzer());
    QueryFactory factory = new QueryFactory(analyzer);
    List<String> queries = new ArrayList<>();
    for (String file : List.of("queries.jsonl", "dev-queries.jsonl")) {
      Matcher m = QUERY.matcher(Files.readString(Path.of("testdata/eval", file)));
      while (m.find()) queries.add(m.group(1).replace("\\\"", "\""));
    }
    assertTrue(queries.size() > 100);
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(Path.of("testdata"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList())
        for (String line : Files.readAllLines(p)) if (!line.isBlank()) lines.add(line);
    }
    int lit = 0;
    int skipping = 0;
    for (String q : queries) {
      for (String text : List.of(q, "+" + q.split("\\s+")[0] + " " + q)) {
        Highlighter h = new Highlighter(analyzer, factory.build(text, SearchOptions.Mode.PLAIN));
        if (h.skipsExactForms()) skipping++;
        for (String line : lines) {
          List<Span> spans = h.spans(line);
          assertEquals(text + " / " + line, h.spansReadingEveryField(line), spans);
          lit += spans.size();
        }
      }
    }
    assertTrue(lit > 1000);
    assertTrue(skipping + " of " + 2 * queries.size(), skipping > queries.size());
  }
}
