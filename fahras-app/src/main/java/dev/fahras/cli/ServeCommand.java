package dev.fahras.cli;

import dev.fahras.analysis.Synonyms;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.Evidence;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.SearcherConfig;
import dev.fahras.web.IndexFolderSearchers;
import dev.fahras.web.Searchers;
import dev.fahras.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search page and JSON API on an existing index.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR")
  Path index;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDR",
      description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = "--synonyms", paramLabel = "FILE", description = ServeCommand.SYNONYMS_HELP)
  Path synonyms;

  @Option(names = "--no-synonyms", description = ServeCommand.NO_SYNONYMS_HELP)
  boolean noSynonyms;

  @Option(names = "--with", paramLabel = "EVIDENCE", split = ",", description = WITH_HELP)
  Set<Evidence> with = EnumSet.noneOf(Evidence.class);

  static final String SYNONYMS_HELP =
      "Solr-format synonyms for queries, added to the index's own (the synonyms.txt of the folder"
          + " it was built from) and, with --with built_in_synonyms, the built-in set; with"
          + " --no-synonyms, used alone.";
  static final String NO_SYNONYMS_HELP =
      "Leave out the index's own synonyms and the built-in set (then only --synonyms FILE, if"
          + " given, applies).";

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * The searcher configuration with the synonyms the user chose and the opt-in evidence {@code
   * with}: by default the index's own synonyms ({@code indexSynonyms}, may be null), and the
   * built-in set when {@code with} holds it; {@code file} adds to them; {@code noDefaults} leaves
   * the index's and the built-in ones out.
   */
  static SearcherConfig searchConfig(
      Path file, boolean noDefaults, String indexSynonyms, Set<Evidence> with) throws IOException {
    SearcherConfig.Builder b = SearcherConfig.builder().withEvidence(with.toArray(Evidence[]::new));
    if (file == null) return noDefaults ? b.withSynonyms(null).build() : b.build();
    if (!Files.isRegularFile(file)) throw new Main.UsageError("no synonym file at " + file);
    Map<String, String> texts = new LinkedHashMap<>();
    if (!noDefaults && indexSynonyms != null) texts.put("the index's synonyms", indexSynonyms);
    texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    boolean builtIn = !noDefaults && with.contains(Evidence.BUILT_IN_SYNONYMS);
    return b.withSynonyms(Synonyms.merged(builtIn, texts)).build();
  }

  static final String WITH_HELP =
      "Rank with this opt-in evidence too (repeatable, or comma-separated):"
          + " ${COMPLETION-CANDIDATES}; the README's ranking table says what each earns.";

  @Override
  public Integer call() throws Exception {
    // a rebuilt index is opened again with the configuration it records
    IndexFolderSearchers.Opener opener =
        folder -> {
          IndexConfig config = IndexConfig.of(folder);
          FahrasSearcher opened =
              FahrasSearcher.open(
                  folder, config, searchConfig(synonyms, noSynonyms, config.synonyms(), with));
          opened.prepareTypingAids(); // the search box's first suggestions need not wait
          return opened;
        };
    PrintWriter err = spec.commandLine().getErr();
    try (IndexFolderSearchers searchers = new IndexFolderSearchers(index, opener, err)) {
      serve(searchers, host, port, false, spec.commandLine().getOut(), err);
    }
    return 0;
  }

  /** Starts the server, prints its URL and blocks until Ctrl-C. */
  static void serve(
      Searchers searchers, String host, int port, boolean anyPort, PrintWriter out, PrintWriter err)
      throws Exception {
    if (port < 0 || port > 65535) throw new Main.UsageError("--port must be 0..65535, was " + port);
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new Main.UsageError("--host " + host + " is not an address of this machine");
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "warning: serving on "
              + host
              + ": anyone who can reach this machine can search the index");
      err.flush();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    WebServer started;
    try {
      started = WebServer.start(searchers, host, port, anyPort, err);
    } catch (BindException e) {
      throw new IOException(e.getMessage(), e);
    }
    try (WebServer server = started) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    stopped.countDown();
                  }));
      out.println("Fahras is serving " + server.url() + "  (Ctrl-C to stop)");
      out.flush();
      stopped.await();
    }
  }
}
