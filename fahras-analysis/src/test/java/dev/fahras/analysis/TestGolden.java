package dev.fahras.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The analyzer's tokens for every line of every bundled report, committed under {@code
 * src/test/resources/golden/}, so any change in analysis shows as a diff. One case per line: {@code
 * input<TAB>tokens}, tokens separated by spaces, tokens at the same position joined with {@code |}.
 * Regenerate after an intended change with {@code -Dgolden.update=true}.
 */
public class TestGolden extends LuceneTestCase {
  private static final Path CORPUS = Path.of("testdata");
  private static final Path GOLDEN = Path.of("fahras-analysis/src/test/resources/golden");

  static String tokens(Analyzer a, String line) {
    List<String> positions = new ArrayList<>();
    for (AnalyzedToken t : AnalyzedToken.analyze(a, "text", line)) {
      if (t.position() < positions.size()) {
        positions.set(t.position(), positions.get(t.position()) + "|" + t.term());
      } else {
        while (positions.size() < t.position()) positions.add("_"); // a removed stopword
        positions.add(t.term());
      }
    }
    return String.join(" ", positions);
  }

  public void testReports() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    List<Path> reports;
    try (var files = Files.list(CORPUS)) {
      reports =
          files
              .filter(
                  p ->
                      p.toString().endsWith(".txt")
                          && !p.getFileName().toString().equals("synonyms.txt"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertEquals(5, reports.size());
    List<String> failures = new ArrayList<>();
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      for (Path report : reports) {
        String name = report.getFileName().toString().replace(".txt", ".tsv");
        List<String> actual = new ArrayList<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
          if (line.isBlank()) continue;
          actual.add(line.replace('\t', ' ') + "\t" + tokens(a, line));
        }
        Path golden = GOLDEN.resolve(name);
        if (update) {
          Files.createDirectories(GOLDEN);
          Files.write(golden, actual, StandardCharsets.UTF_8);
          continue;
        }
        assertTrue("missing " + golden + "; run with -Dgolden.update=true", Files.exists(golden));
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
          String e = i < expected.size() ? expected.get(i) : "<none>";
          String got = i < actual.size() ? actual.get(i) : "<none>";
          if (!e.equals(got)) {
            failures.add(golden + ":" + (i + 1) + "\n  expected: " + e + "\n  actual:   " + got);
          }
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " golden line(s) differ (rerun with -Dgolden.update=true if intended):\n"
              + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }
  }
}
