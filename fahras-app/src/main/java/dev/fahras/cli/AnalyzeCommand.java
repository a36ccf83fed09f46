package dev.fahras.cli;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Print the tokens of TEXT: term, position, offsets and the original slice.")
final class AnalyzeCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description =
          "Print {\"tokens\":[{\"term\",\"position\",\"start\",\"end\",\"original\",\"type\"}]}.")
  boolean json;

  @Option(
      names = "--no-stem",
      description = "Normalized forms only (the exact forms ranking prefers).")
  boolean noStem;

  @Option(names = "--no-stopwords", description = "Keep stopwords.")
  boolean noStopwords;

  @Parameters(
      arity = "1..*",
      paramLabel = "TEXT",
      description = "The text (several arguments are joined by spaces).")
  List<String> text;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String joined = String.join(" ", text);
    FahrasArabicAnalyzer.Builder b = FahrasArabicAnalyzer.builder().withStemming(!noStem);
    if (noStopwords) b.withoutStopwords();
    List<AnalyzedToken> tokens;
    try (FahrasArabicAnalyzer analyzer = b.build()) {
      tokens = AnalyzedToken.analyze(analyzer, "text", joined);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.tokens(tokens));
    } else {
      out.printf(Locale.ROOT, "%-4s %-10s %-20s %s%n", "pos", "offsets", "term", "original");
      for (AnalyzedToken t : tokens) {
        out.printf(
            Locale.ROOT,
            "%-4d %-10s %-20s %s%n",
            t.position(),
            t.start() + "-" + t.end(),
            t.term(),
            t.original());
      }
    }
    out.flush();
    return 0;
  }
}
