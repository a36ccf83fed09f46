package dev.fahras.cli;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The {@code fahras} command line. Exit codes: 0 ok, 1 error, 2 usage. */
public final class Main {
  private Main() {}

  static final String USAGE =
      """
      Usage: fahras <command> [options]

      Commands:
        analyze [--json] [--no-stem] TEXT   print the tokens of TEXT with positions and offsets
        help                                this message
      """;

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "analyze" -> analyze(rest, out, err);
      case "help", "--help", "-h" -> {
        out.print(USAGE);
        yield 0;
      }
      default -> {
        err.println("fahras: unknown command '" + args[0] + "'");
        err.print(USAGE);
        yield 2;
      }
    };
  }

  static int analyze(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    boolean stem = true;
    List<String> words = new ArrayList<>();
    for (String a : args) {
      switch (a) {
        case "--json" -> json = true;
        case "--no-stem" -> stem = false;
        case "--help", "-h" -> {
          out.println("Usage: fahras analyze [--json] [--no-stem] TEXT");
          return 0;
        }
        default -> {
          if (a.startsWith("--")) {
            err.println("fahras analyze: unknown option '" + a + "'");
            return 2;
          }
          words.add(a);
        }
      }
    }
    if (words.isEmpty()) {
      err.println("fahras analyze: give the text to analyze, e.g. fahras analyze \"وَالْكِتَابُ\"");
      return 2;
    }
    String text = String.join(" ", words);
    List<AnalyzedToken> tokens;
    try (FahrasArabicAnalyzer analyzer = FahrasArabicAnalyzer.builder().withStemming(stem).build()) {
      tokens = AnalyzedToken.analyze(analyzer, "text", text);
    }
    if (json) {
      StringBuilder b = new StringBuilder("{\"tokens\":[");
      for (int i = 0; i < tokens.size(); i++) {
        AnalyzedToken t = tokens.get(i);
        if (i > 0) b.append(',');
        b.append("{\"term\":").append(Json.quote(t.term()))
            .append(",\"position\":").append(t.position())
            .append(",\"start\":").append(t.start())
            .append(",\"end\":").append(t.end())
            .append(",\"original\":").append(Json.quote(t.original()))
            .append(",\"type\":").append(Json.quote(t.type()))
            .append('}');
      }
      out.println(b.append("]}"));
    } else {
      out.printf("%-4s %-12s %-18s %s%n", "pos", "offsets", "term", "original");
      for (AnalyzedToken t : tokens) {
        out.printf("%-4d %-12s %-18s %s%n", t.position(), t.start() + "-" + t.end(), t.term(), t.original());
      }
    }
    return 0;
  }
}
