package dev.fahras.cli;

import dev.fahras.bench.Benchmarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Speed benchmarks, Fahras beside stock Lucene in one run; prints a Markdown table.",
      "  analysis  MB/s and tokens/s of the full chain, stock ArabicAnalyzer and a whitespace floor",
      "  index     documents/s, MB/s, index size and peak heap, 1 and 2 threads",
      "  search    latency p50/p95/p99 of a seeded query mix, with highlighting",
      "  evidence  what each kind of ranking evidence costs (after search has built its indexes)",
      "  counterparts  latency of FahrasSearcher.counterparts (after search has built its index)",
      "  figures   FahrasSearcher.figures beside plain search of the same query (after search)",
      "  quotes    latency of FahrasSearcher.quotes for a 60-word paragraph (after search)",
      "  typing    the typing aids: their build, suggest per prefix, a misspelt search (after search)"
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "analysis|index|search|evidence|counterparts|figures|quotes|typing")
  String what;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      description = "Text to use: a folder or .jsonl (default: testdata, repeated).")
  Path corpus;

  @Option(
      names = "--mb",
      defaultValue = "50",
      paramLabel = "MB",
      description = "Text volume for analysis/index runs. Default: ${DEFAULT-VALUE}.")
  int mb;

  @Option(
      names = "--passages",
      defaultValue = "1000000",
      paramLabel = "N",
      description = "Index size for the search benchmark. Default: ${DEFAULT-VALUE}.")
  int passages;

  @Option(
      names = "--queries",
      defaultValue = "2000",
      paramLabel = "N",
      description = "Measured queries (search). Default: ${DEFAULT-VALUE}.")
  int queries;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Scratch folder for indexes (default: a temporary folder).")
  Path work;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (mb < 1) throw new Main.UsageError("--mb must be at least 1, was " + mb);
    if (passages < 1) throw new Main.UsageError("--passages must be at least 1, was " + passages);
    if (queries < 1) throw new Main.UsageError("--queries must be at least 1, was " + queries);
    if (corpus != null && !Files.exists(corpus)) {
      throw new Main.UsageError("--corpus: no such file or folder: " + corpus);
    }
    Benchmarks b = new Benchmarks(corpus, work, spec.commandLine().getOut());
    switch (what) {
      case "analysis" -> b.analysis(mb);
      case "index" -> b.indexing(mb);
      case "evidence" -> b.evidenceCost(passages, queries);
      case "counterparts" -> b.counterparts(passages, Math.min(queries, 1000));
      case "search" -> b.search(passages, queries);
      case "quotes" -> b.quotes(passages, Math.min(queries, 1000));
      case "figures" -> b.figures(passages, Math.min(queries, 1000));
      case "typing" -> b.typing(passages, queries);
      default ->
          throw new Main.UsageError(
              "bench takes analysis, index, search, evidence, counterparts, figures, quotes or typing");
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
