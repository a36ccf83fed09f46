package dev.fahras.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.tests.util.LuceneTestCase;

/** Counterparts against the bundled reports' gold facts, held at their measured levels. */
public class TestSourceComparisonEval extends LuceneTestCase {
  public void testCounterpartsHoldTheirLevels() throws Exception {
    String report = run(Path.of("testdata/eval/same-facts.tsv"));
    assertAtLeast(report, "recall@3", 0.17);
    assertAtLeast(report, "precision", 0.75);
    assertAtLeast(report, "none where none", 0.9);
  }

  public void testFiguresHoldTheirLevels() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SourceComparisonEval.run(
        Path.of("testdata"),
        Path.of("testdata/eval/same-facts.tsv"),
        Path.of("testdata/eval/figures.tsv"),
        false,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertAtLeast(report, "figure rows found", 0.73);
    assertAtLeast(report, "disagreements marked", 0.75);
  }

  public void testAnUnknownPassageIsNamed() throws Exception {
    Path facts = createTempDir().resolve("facts.tsv");
    Files.writeString(facts, "F1\t000#0 004#99\tnothing\n", StandardCharsets.UTF_8);
    IOException e = expectThrows(IOException.class, () -> run(facts));
    assertTrue(e.getMessage(), e.getMessage().contains("facts.tsv: no passage 004#99"));
  }

  private static String run(Path facts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SourceComparisonEval.run(
        Path.of("testdata"), facts, false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertAtLeast(String report, String row, double min) {
    Matcher m = Pattern.compile("\\| " + row + " \\| ([0-9.]+) \\|").matcher(report);
    assertTrue(report, m.find());
    double value = Double.parseDouble(m.group(1));
    assertTrue(row + " " + value + " < " + min, value >= min);
  }
}
