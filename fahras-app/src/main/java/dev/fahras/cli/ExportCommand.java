package dev.fahras.cli;

import dev.fahras.corpus.DocumentReadException;
import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.Passage;
import dev.fahras.corpus.PassageSplitter;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The passages the library would index, as OpenSearch bulk NDJSON: the same splitting, the same
 * boilerplate set aside, the same ids ({@code doc#n}), streamed document by document.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the passages of a folder or .jsonl file as OpenSearch bulk requests (NDJSON), split"
          + " as `fahras index` splits them, to stdout or to --output files of at most --chunk-mb.",
      "Load: for f in OUT/*.ndjson; do curl -s -H 'Content-Type: application/x-ndjson'"
          + " -XPOST localhost:9200/_bulk --data-binary @$f; done"
    })
final class ExportCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "A folder or a .jsonl file.")
  Path input;

  @Option(
      names = "--format",
      defaultValue = "opensearch-bulk",
      paramLabel = "FORMAT",
      description = "opensearch-bulk (the only one).")
  String format;

  @Option(
      names = "--index",
      defaultValue = "fahras-passages",
      paramLabel = "NAME",
      description = "The index the bulk requests name. Default: ${DEFAULT-VALUE}.")
  String index;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Write bulk-00000.ndjson, bulk-00001.ndjson … here instead of stdout.")
  Path output;

  @Option(
      names = "--chunk-mb",
      defaultValue = "10",
      paramLabel = "MB",
      description = "Size of each --output file (whole documents). Default: ${DEFAULT-VALUE}.")
  int chunkMb;

  @Option(
      names = "--boilerplate",
      defaultValue = "on",
      paramLabel = "on|off",
      description = "Set scraped page furniture aside (default on), as `index` does.")
  CommandInput.OnOff boilerplate;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("opensearch-bulk")) {
      throw new Main.UsageError("--format takes opensearch-bulk, not '" + format + "'");
    }
    if (chunkMb < 1) throw new Main.UsageError("--chunk-mb must be at least 1, was " + chunkMb);
    boolean setAside = boilerplate.on();
    PassageSplitter splitter = new PassageSplitter().withBoilerplate(setAside);
    PrintWriter err = spec.commandLine().getErr();
    long documents = 0;
    long passages = 0;
    try (DocumentSource source = Sources.open(input, ReadOptions.DEFAULT);
        Chunks out = new Chunks(output, chunkMb * (1L << 20))) {
      while (true) {
        SourceDocument d;
        try {
          d = source.next();
        } catch (DocumentReadException e) {
          err.println("skipped: " + CommandInput.describe(e));
          continue;
        }
        if (d == null) break;
        StringBuilder requests = new StringBuilder();
        for (Passage p : splitter.split(d.text(), d.title()).passages()) {
          requests.append(action(d, p)).append('\n').append(passage(d, p)).append('\n');
          passages++;
        }
        out.write(requests.toString());
        documents++;
      }
    }
    err.println("exported " + documents + " documents, " + passages + " passages");
    err.flush();
    return 0;
  }

  private String action(SourceDocument d, Passage p) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("index");
          g.writeStringField("_index", index);
          g.writeStringField("_id", d.id() + "#" + p.ordinal());
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /** The fields of the index template (fahras-opensearch/templates/passages-index.json). */
  private static String passage(SourceDocument d, Passage p) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("doc_id", d.id());
          g.writeNumberField("ordinal", p.ordinal());
          g.writeStringField("text", p.text());
          g.writeStringField("title", d.title() == null ? "" : d.title());
          g.writeStringField("source", d.source());
          if (d.date() != null) g.writeStringField("date", d.date().toString());
          if (d.url() != null && !d.url().isEmpty()) g.writeStringField("url", d.url());
          g.writeNumberField("start", p.start());
          g.writeNumberField("end", p.end());
          g.writeEndObject();
        });
  }

  /** Standard output, or files of at most so many bytes cut between documents. */
  private final class Chunks implements AutoCloseable {
    private final Path dir;
    private final long limit;
    private Writer writer;
    private long written;
    private int files;

    Chunks(Path dir, long limit) throws IOException {
      this.dir = dir;
      this.limit = limit;
      if (dir == null) {
        writer = spec.commandLine().getOut();
      } else {
        Files.createDirectories(dir);
        refuseEarlierChunks(dir);
      }
    }

    /**
     * An earlier export's chunks beyond this one's last would be loaded with it (the README's loop
     * sends every bulk-*.ndjson): refused, rather than mixed or deleted.
     */
    private static void refuseEarlierChunks(Path dir) throws IOException {
      long earlier;
      try (var files = Files.list(dir)) {
        earlier =
            files.filter(f -> f.getFileName().toString().matches("bulk-\\d{5,}\\.ndjson")).count();
      }
      if (earlier > 0) {
        throw new Main.UsageError(
            "--output "
                + dir
                + " already holds "
                + earlier
                + " bulk-*.ndjson file(s) of an earlier export, which a load would send with this"
                + " one; give an empty folder, or remove them first (rm "
                + dir.resolve("bulk-*.ndjson")
                + ")");
      }
    }

    void write(String requests) throws IOException {
      long bytes = requests.getBytes(StandardCharsets.UTF_8).length;
      if (dir != null && (writer == null || (written > 0 && written + bytes > limit))) {
        if (writer != null) writer.close();
        Path file = dir.resolve(String.format(Locale.ROOT, "bulk-%05d.ndjson", files++));
        writer =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        written = 0;
      }
      writer.write(requests);
      written += bytes;
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        if (dir == null) writer.flush();
        else writer.close();
      }
    }
  }
}
