package dev.fahras.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The typing aids on the bundled sets, held at the levels measured when they were built (README): a
 * change that loses completions, corrections or readings, or offers corrections to correct queries,
 * fails here.
 */
public class TestTypingEval extends LuceneTestCase {
  private static final Path SETS = Path.of("testdata/eval/typing");

  public void testTypingAidsHoldTheirLevels() throws Exception {
    Map<String, List<String>> correct = new LinkedHashMap<>();
    for (String set : new String[] {"queries.jsonl", "dev-queries.jsonl"}) {
      correct.put(
          set,
          EvalQuery.read(Path.of("testdata/eval", set)).stream().map(EvalQuery::query).toList());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TypingEval.run(
        new TypingEval.Sets(
            SETS.resolve("prefixes.tsv"),
            SETS.resolve("misspellings.tsv"),
            SETS.resolve("layouts.tsv"),
            SETS.resolve("transliterations.tsv")),
        Path.of("testdata"),
        correct,
        false,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    // columns after the kind: queries, success@1, success@5
    assertAtLeast(report, "| completions | prefix |", 3, 0.95);
    assertAtLeast(report, "| completions | prefix |", 2, 0.65);
    assertAtLeast(report, "| misspellings | **all** |", 2, 0.95);
    assertAtLeast(report, "| wrong layout | keyboard |", 2, 0.99);
    assertAtLeast(report, "| Latin script | **all** |", 2, 0.90);
    assertTrue(report, report.contains("| queries.jsonl | 24 | 24 | 0 (0.000) |"));
    assertTrue(report, report.contains("| dev-queries.jsonl | 131 | 130 | 0 (0.000) |"));
  }

  /**
   * The {@code column}th number (from 1) of the row starting {@code row} is at least {@code min}.
   */
  private static void assertAtLeast(String report, String row, int column, double min) {
    Matcher m = Pattern.compile(Pattern.quote(row) + "(.*)").matcher(report);
    assertTrue(report, m.find());
    String[] cells = m.group(1).split("\\|");
    double value = Double.parseDouble(cells[column - 1].strip());
    assertTrue(row + " " + value + " < " + min, value >= min);
  }
}
