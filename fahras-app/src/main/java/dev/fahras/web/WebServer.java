package dev.fahras.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fahras.json.Json;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.HitExplanation;
import dev.fahras.search.SearchOptions;
import dev.fahras.search.SearchResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The search page and its JSON API over one index, on the JDK's built-in HTTP server.
 *
 * <ul>
 *   <li>{@code GET /} the page; {@code GET /assets/…} its script and style — only these, by name
 *       (no file system access, so no path traversal);
 *   <li>{@code GET /api/search?q=…&limit=&offset=&source=&from=&to=&perSource=&mode=advanced} →
 *       {@code {"query","total","hits":[…],"sources":{…},"tookMs"}};
 *   <li>{@code GET /api/analyze?text=…} → {@code {"tokens":[…]}};
 *   <li>{@code GET /api/explain?q=…&doc=…&passage=…} → the matched words and Lucene's explanation.
 * </ul>
 *
 * <p>Only GET; request lines over 8 KB are refused; queries are limited in length, clauses and time
 * by the searcher. Everything shown on the page is inserted as text, never as HTML.
 */
public final class WebServer implements Closeable {
  private static final int MAX_URI = 8192;
  private static final Map<String, String[]> ASSETS =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
          "/assets/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
          "/assets/app.css", new String[] {"app.css", "text/css; charset=utf-8"});

  private final HttpServer server;
  private final ExecutorService executor;
  private final FahrasSearcher searcher;

  public WebServer(FahrasSearcher searcher, String host, int port) throws IOException {
    this.searcher = searcher;
    this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
    this.executor =
        Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Binds {@code host:port}, or a free port when {@code port} is taken and {@code fallback} is set.
   */
  public static WebServer start(FahrasSearcher searcher, String host, int port, boolean fallback)
      throws IOException {
    WebServer w;
    try {
      w = new WebServer(searcher, host, port);
    } catch (BindException e) {
      if (!fallback)
        throw new IOException("port " + port + " is in use; pick another with --port", e);
      w = new WebServer(searcher, host, 0);
    }
    w.server.start();
    return w;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    String host = server.getAddress().getHostString();
    if (host.contains(":")) host = "[" + host + "]";
    return "http://" + host + ":" + port() + "/";
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (ex.getRequestURI().toString().length() > MAX_URI) {
        send(ex, 414, "application/json", "{\"error\":\"request too long\"}");
        return;
      }
      if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        ex.getResponseHeaders().add("Allow", "GET");
        send(ex, 405, "application/json", "{\"error\":\"only GET\"}");
        return;
      }
      String path = ex.getRequestURI().getPath();
      Map<String, List<String>> params = params(ex.getRequestURI().getRawQuery());
      try {
        switch (path) {
          case "/api/search" -> send(ex, 200, "application/json; charset=utf-8", search(params));
          case "/api/analyze" -> send(ex, 200, "application/json; charset=utf-8", analyze(params));
          case "/api/explain" -> send(ex, 200, "application/json; charset=utf-8", explain(params));
          default -> asset(ex, path);
        }
      } catch (IllegalArgumentException e) { // InvalidQueryException included
        send(ex, 400, "application/json; charset=utf-8", Json.error(e.getMessage()));
      } catch (IOException | RuntimeException e) {
        send(ex, 500, "application/json; charset=utf-8", "{\"error\":\"internal error\"}");
      }
    }
  }

  private void asset(HttpExchange ex, String path) throws IOException {
    String[] asset = ASSETS.get(path);
    if (asset == null) {
      send(ex, 404, "text/plain; charset=utf-8", "not found");
      return;
    }
    try (InputStream in = WebServer.class.getResourceAsStream(asset[0])) {
      if (in == null) throw new IOException("missing resource " + asset[0]);
      sendBytes(ex, 200, asset[1], in.readAllBytes());
    }
  }

  private String search(Map<String, List<String>> p) throws IOException {
    String q = one(p, "q", "");
    SearchOptions.Builder b =
        SearchOptions.builder()
            .withLimit(intParam(p, "limit", 10))
            .withOffset(intParam(p, "offset", 0))
            .withPerSource(intParam(p, "perSource", 0))
            .withCountSources(true)
            .withTimeoutMillis(2000);
    if (p.containsKey("source")) b.withSources(new HashSet<>(p.get("source")));
    b.withDateRange(
        SearchOptions.parseDate(one(p, "from", null)), SearchOptions.parseDate(one(p, "to", null)));
    if ("advanced".equals(one(p, "mode", ""))) b.withMode(SearchOptions.Mode.ADVANCED);
    SearchResult r = searcher.search(q, b.build());
    if (p.containsKey("source")) {
      // counts for the source buttons ignore the source filter, so every source stays clickable
      SearchResult all =
          searcher.search(
              q, b.withSources(Set.of()).withLimit(1).withOffset(0).withHighlight(false).build());
      r = r.withSourceCounts(all.sourceCounts());
    }
    return Json.result(r);
  }

  private String analyze(Map<String, List<String>> p) throws IOException {
    String text = one(p, "text", "");
    if (text.length() > 10_000) throw new IllegalArgumentException("text over 10000 characters");
    return Json.tokens(searcher.analyze(text));
  }

  private String explain(Map<String, List<String>> p) throws IOException {
    String q = one(p, "q", "");
    String doc = one(p, "doc", "");
    int passage = intParam(p, "passage", 0);
    SearchOptions o =
        SearchOptions.builder()
            .withMode(
                "advanced".equals(one(p, "mode", ""))
                    ? SearchOptions.Mode.ADVANCED
                    : SearchOptions.Mode.PLAIN)
            .build();
    HitExplanation e = searcher.explain(q, o, doc, passage);
    return Json.explanation(e);
  }

  private static int intParam(Map<String, List<String>> p, String name, int dflt) {
    String v = one(p, name, null);
    if (v == null || v.isEmpty()) return dflt;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number");
    }
  }

  private static String one(Map<String, List<String>> p, String name, String dflt) {
    List<String> v = p.get(name);
    return v == null || v.isEmpty() ? dflt : v.get(0);
  }

  static Map<String, List<String>> params(String raw) {
    Map<String, List<String>> m = new HashMap<>();
    if (raw == null || raw.isEmpty()) return m;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return m;
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    sendBytes(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
