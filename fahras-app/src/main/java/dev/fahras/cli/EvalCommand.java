package dev.fahras.cli;

import dev.fahras.eval.EvalMain;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate relevance: Fahras beside stock Lucene (ArabicAnalyzer, BM25, one passage per line, OR).",
      "Prints MRR@10, Success@1, Success@10 and SourceRecall@10 per category and overall.",
      "With --topics and --qrels: TREC-style judgments (MAP@10, MRR@10, nDCG@10, Recall@100)."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--queries", paramLabel = "FILE", description = "Queries with answer patterns (JSON Lines). Default: testdata/eval/queries.jsonl.")
  Path queries;

  @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus (folder or .jsonl). Default: testdata.")
  Path corpus;

  @Option(names = "--topics", paramLabel = "FILE", description = "TREC topics: 'id<TAB>query' lines.")
  Path topics;

  @Option(names = "--qrels", paramLabel = "FILE", description = "TREC qrels: 'topic 0 docid relevance' lines (document or docid#passage ids).")
  Path qrels;

  @Option(names = "--per-query", description = "Also print each query's first relevant rank.")
  boolean perQuery;

  @Option(names = "--stemmers", description = "Compare stemmers (none, Lucene ArabicStemmer, Snowball, Fahras) in one pipeline.")
  boolean stemmers;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>();
    if (queries != null) { args.add("--queries"); args.add(queries.toString()); }
    if (corpus != null) { args.add("--corpus"); args.add(corpus.toString()); }
    if (topics != null) { args.add("--topics"); args.add(topics.toString()); }
    if (qrels != null) { args.add("--qrels"); args.add(qrels.toString()); }
    if (perQuery) args.add("--per-query");
    if (stemmers) args.add("--stemmers");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    spec.commandLine().getOut().flush();
    return EvalMain.run(args.toArray(String[]::new), out, err);
  }
}
