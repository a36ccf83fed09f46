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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    Path corpus = extractCorpus();
    SearcherConfig searchConfig =
        ServeCommand.searchConfig(corpus.resolve("synonyms.txt"), false, null, Set.of());
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

  /** The bundled reports, copied out of the jar into a temporary folder. */
  static Path extractCorpus() throws IOException {
    Path dir = Files.createTempDirectory("fahras-demo");
    dir.toFile().deleteOnExit();
    String manifest = resource("manifest.tsv");
    Files.writeString(dir.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
    dir.resolve("manifest.tsv").toFile().deleteOnExit();
    Files.writeString(
        dir.resolve("synonyms.txt"), resource("synonyms.txt"), StandardCharsets.UTF_8);
    dir.resolve("synonyms.txt").toFile().deleteOnExit();
    for (String line : manifest.split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) continue;
      String file = line.substring(0, line.indexOf('\t'));
      Files.writeString(dir.resolve(file), resource(file), StandardCharsets.UTF_8);
      dir.resolve(file).toFile().deleteOnExit();
    }
    return dir;
  }

  /**
   * A bundled file (e.g. {@code eval/queries.jsonl}), copied out of the jar into a temporary file.
   */
  static Path extractResource(String name) throws IOException {
    Path file = Files.createTempFile("fahras-", "-" + name.substring(name.lastIndexOf('/') + 1));
    file.toFile().deleteOnExit();
    Files.writeString(file, resource(name), StandardCharsets.UTF_8);
    return file;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/dev/fahras/demo/" + name)) {
      if (in == null)
        throw new IOException(
            "the bundled corpus is missing from the jar (" + name + "); rebuild with mvn package");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
