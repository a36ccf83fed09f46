package dev.fahras.cli;

import dev.fahras.index.IndexConfig;
import dev.fahras.search.Evidence;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.web.IndexFolderSearchers;
import dev.fahras.web.Searchers;
import dev.fahras.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search page and JSON API on an existing index.")
final class ServeCommand implements Callable<Integer> {
  @Mixin IndexFolderOption indexFolder;

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

  @Option(names = "--synonyms", paramLabel = "FILE", description = SearchSettings.SYNONYMS_HELP)
  Path synonyms;

  @Option(names = "--no-synonyms", description = SearchSettings.NO_SYNONYMS_HELP)
  boolean noSynonyms;

  @Option(
      names = "--with",
      paramLabel = "EVIDENCE",
      split = ",",
      description = SearchSettings.WITH_HELP)
  Set<Evidence> with = EnumSet.noneOf(Evidence.class);

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // a rebuilt index is opened again with the configuration it records
    IndexFolderSearchers.Opener opener =
        folder -> {
          IndexConfig config = IndexConfig.of(folder);
          FahrasSearcher opened =
              FahrasSearcher.open(
                  folder,
                  config,
                  SearchSettings.searchConfig(synonyms, noSynonyms, config.synonyms(), with));
          opened.prepareTypingAids(); // the search box's first suggestions need not wait
          return opened;
        };
    PrintWriter err = spec.commandLine().getErr();
    try (IndexFolderSearchers searchers = new IndexFolderSearchers(indexFolder.path, opener, err)) {
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
