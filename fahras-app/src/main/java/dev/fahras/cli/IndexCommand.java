package dev.fahras.cli;

import dev.fahras.analysis.Synonyms;
import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.FolderConfiguration;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.Sources;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.Indexer;
import dev.fahras.search.FahrasSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index a folder of .txt files (with an optional manifest.tsv) or a JSON Lines file.",
      "Re-indexing a document id replaces it. Commits every --commit-every documents and at the end."
    })
final class IndexCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "A folder or a .jsonl file.")
  Path input;

  @Option(
      names = "--index",
      required = true,
      paramLabel = "DIR",
      description = "The index folder (created if missing).")
  Path index;

  @Option(
      names = "--on-error",
      defaultValue = "stop",
      paramLabel = "stop|skip",
      description =
          "On a bad record: stop (commit what came before) or skip it and count. Default: ${DEFAULT-VALUE}.")
  Indexer.OnError onError;

  @Option(
      names = "--boilerplate",
      defaultValue = "on",
      paramLabel = "on|off",
      description =
          "Set scraped page furniture (menus, share buttons, captions) aside: on (default), or off"
              + " for input that is all text. A document is never left without text.")
  CommandInput.OnOff boilerplate;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--replace-invalid",
      description = "Replace invalid UTF-8 with U+FFFD instead of reporting it.")
  boolean replaceInvalid;

  @Option(
      names = "--max-doc-mb",
      defaultValue = "32",
      paramLabel = "MB",
      description = "Refuse documents larger than this. Default: ${DEFAULT-VALUE}.")
  long maxDocMb;

  @Option(
      names = "--commit-every",
      defaultValue = "100000",
      paramLabel = "DOCS",
      description = "Commit every DOCS documents (and every minute). Default: ${DEFAULT-VALUE}.")
  long commitEvery;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Indexer.OnError policy = onError;
    if (Files.exists(index) && !Files.isDirectory(index)) {
      throw new Main.UsageError(
          "--index " + index + " is a file; give a folder (new, or holding a Fahras index)");
    }
    if (Files.isDirectory(input) && within(index, input)) {
      throw new Main.UsageError(
          "--index "
              + index
              + " is the input folder or lies inside it; give a folder of its own outside "
              + input);
    }
    boolean setAside = boilerplate.on();
    // a folder's stopwords.txt, protwords.txt and synonyms.txt apply to this index, and are kept
    FolderConfiguration folder = FolderConfiguration.read(input);
    if (folder.synonyms() != null) {
      Synonyms.parse(
          new StringReader(folder.synonyms()),
          input.resolve(FolderConfiguration.SYNONYMS).toString()); // refused here, with its line
    }
    IndexConfig config =
        IndexConfig.builder()
            .withSplitter(IndexConfig.defaults().splitter().withBoilerplate(setAside))
            .withAddedStopwords(folder.stopwords())
            .withAddedProtectedWords(folder.protectedWords())
            .withSynonyms(folder.synonyms())
            .build();
    int maxThreads = 4 * Runtime.getRuntime().availableProcessors();
    if (threads != null && (threads < 1 || threads > maxThreads)) {
      // more threads than cores only wait on each other, and each holds a buffer of its own
      throw new Main.UsageError(
          "--threads must be 1.." + maxThreads + " (four per core), was " + threads);
    }
    if (maxDocMb < 1) throw new Main.UsageError("--max-doc-mb must be at least 1, was " + maxDocMb);
    PrintWriter err = spec.commandLine().getErr();
    boolean tty = System.console() != null;
    ReadOptions options = new ReadOptions(replaceInvalid, maxDocMb << 20);
    try {
      return run(options, config, policy, err, tty);
    } catch (IOException | RuntimeException e) {
      // the writer's close, failing to commit, rolled back: what the failed run began is removed;
      // a flush that failed first leaves the writer closed on a tragic (runtime) exception
      if (!isDiskFull(e)) throw e;
      throw new IOException(diskFull(index), e);
    }
  }

  private Integer run(
      ReadOptions options, IndexConfig config, Indexer.OnError policy, PrintWriter err, boolean tty)
      throws IOException {
    try (DocumentSource source = Sources.open(input, options);
        FahrasIndexWriter writer = FahrasIndexWriter.open(index, config)) {
      Indexer indexer =
          new Indexer(writer)
              .withOnError(policy)
              .withCommitEvery(commitEvery, 60)
              .withErrorListener(e -> err.println("skipped: " + CommandInput.describe(e)))
              .withProgressListener(
                  p -> {
                    if (tty) err.print("\r" + progressLine(p));
                  },
                  500);
      if (threads != null) indexer.withThreads(threads);
      Indexer.Progress summary;
      try {
        summary = indexer.run(source);
      } catch (Indexer.StoppedException e) {
        if (tty) err.println();
        err.println("fahras index: stopped at " + CommandInput.describe(e));
        err.println(
            "  "
                + summaryLine(e.progress())
                + " (committed). Fix the record and run again"
                + " (documents are replaced by id), or pass --on-error skip.");
        return 1;
      }
      if (tty) err.print("\r" + " ".repeat(78) + "\r");
      spec.commandLine().getOut().println(summaryLine(summary));
      spec.commandLine().getOut().flush();
      if (summary.documents() == 0 && summary.errors() == 0) {
        err.println(
            "fahras index: "
                + input
                + (Files.isDirectory(input)
                    ? " holds no .txt file to index (a JSON Lines file is given as itself: --input"
                        + " FILE.jsonl)"
                    : " holds no document"));
        return 1;
      }
      return 0;
    }
  }

  static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) return true;
      for (Throwable s : t.getSuppressed()) if (isDiskFull(s)) return true;
    }
    return false;
  }

  /** What a full disk left: the last commit, and what to do. */
  static String diskFull(Path index) {
    String kept;
    try (FahrasSearcher searcher = FahrasSearcher.open(index)) {
      kept =
          "the index keeps its last commit, "
              + searcher.documentIds().size()
              + " documents ("
              + searcher.passageCount()
              + " passages)";
    } catch (IOException | RuntimeException e) {
      kept = "no commit was made, so the folder holds no index yet";
    }
    return "the disk holding "
        + index
        + " is full (No space left on device): "
        + kept
        + "; the files this run had begun were removed. Free some space and run the same command"
        + " again: documents already indexed are replaced by id, not added twice";
  }

  static String summaryLine(Indexer.Progress p) {
    return String.format(
        Locale.ROOT,
        "indexed %d documents, %d passages, %d boilerplate lines set aside, %d errors in %.1f s",
        p.documents(),
        p.passages(),
        p.boilerplateLines(),
        p.errors(),
        p.seconds());
  }

  static String progressLine(Indexer.Progress p) {
    double mb = p.bytesRead() / 1048576.0;
    double rate = p.seconds() > 0 ? mb / p.seconds() : 0;
    String eta = "";
    if (p.totalBytes() > 0 && rate > 0) {
      long left = (long) ((p.totalBytes() - p.bytesRead()) / 1048576.0 / rate);
      eta = String.format(Locale.ROOT, " | ETA %d:%02d", left / 60, left % 60);
    }
    return String.format(
        Locale.ROOT,
        "%,d docs | %.1f MB | %.1f MB/s | %,d errors%s   ",
        p.documents(),
        mb,
        rate,
        p.errors(),
        eta);
  }

  /** Whether {@code path} is {@code folder} or lies inside it, links resolved. */
  static boolean within(Path path, Path folder) throws IOException {
    return real(path).startsWith(real(folder));
  }

  /** The real path of the nearest existing ancestor, with the rest of {@code p} after it. */
  private static Path real(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return abs;
    return existing.toRealPath().resolve(existing.relativize(abs));
  }
}
