package dev.fahras.cli;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.FolderSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.SearcherConfig;
import dev.fahras.web.Searchers;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Index the bundled Arabic reports (testdata/) in memory and serve the search page, with the corpus's synonyms (testdata/synonyms.txt).")
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "Default: ${DEFAULT-VALUE}; a free port is used when it is taken.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR")
  String host;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path corpus = BundledData.extractCorpus();
    SearcherConfig searchConfig =
        SearchSettings.searchConfig(corpus.resolve("synonyms.txt"), false, null, Set.of());
    try (FahrasIndexWriter writer = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      int docs = 0;
      try (DocumentSource source = new FolderSource(corpus, ReadOptions.DEFAULT)) {
        SourceDocument d;
        while ((d = source.next()) != null) {
          writer.add(d);
          docs++;
        }
      }
      writer.commit();
      try (FahrasSearcher searcher = FahrasSearcher.open(writer, searchConfig)) {
        spec.commandLine()
            .getOut()
            .println(
                "indexed " + docs + " bundled reports, " + searcher.passageCount() + " passages");
        ServeCommand.serve(
            Searchers.fixed(searcher),
            host,
            port,
            true,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
    }
    return 0;
  }
}
