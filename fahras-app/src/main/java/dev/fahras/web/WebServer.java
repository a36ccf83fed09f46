package dev.fahras.web;

import dev.fahras.json.Json;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.HitExplanation;
import dev.fahras.search.SearchOptions;
import dev.fahras.search.SearchResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The search page and its JSON API over one index, on Jetty.
 *
 * <ul>
 *   <li>{@code GET /} the page; {@code GET /assets/…} its script and style — only these, by name
 *       (no file system access, so no path traversal);
 *   <li>{@code GET /api/search?q=…&limit=&offset=&source=&from=&to=&perSource=&mode=advanced} →
 *       {@code {"query","total","hits":[…],"sources":{…},"tookMs"}}, with {@code readAs} and {@code
 *       notice} when the query was read otherwise, {@code didYouMean} when a correction is offered;
 *   <li>{@code GET /api/analyze?text=…} → {@code {"tokens":[…]}};
 *   <li>{@code GET /api/explain?q=…&doc=…&passage=…} → the matched words and Lucene's explanation;
 *   <li>{@code GET /api/counterparts?doc=…&passage=…&limit=} → the passages of other sources that
 *       quote it or tell the same fact;
 *   <li>{@code GET /api/suggest?q=…&limit=} → completions of the word being typed, {@code
 *       {"prefix","suggestions":[{"text","word","count"}…]}};
 *   <li>{@code GET /api/quotes?text=…&limit=} → the passages carrying a pasted text, {@code
 *       {"documents","complete","hits":[{"share","documentShare","whole",…}…]}} (the address bounds
 *       the text: about 1,300 Arabic letters once percent-encoded; longer ones through the CLI or
 *       the library);
 *   <li>{@code GET /api/figures?q=…} → the figures the matching passages give for what the query
 *       counts, {@code {"query","figures":[{"value","disputed","sources","mentions":[…]}…]}}.
 * </ul>
 *
 * <p>Only GET; request lines and headers up to 8 KB; queries are limited in length, clauses and
 * time by the searcher. Every error, Jetty's own included, is the JSON shape {@code {"error":…}}.
 * Everything shown on the page is inserted as text, never as HTML.
 *
 * <p>Slow or greedy clients cannot freeze it: connections wait for their bytes without holding a
 * thread (Jetty's selectors), a connection idle for {@link #IDLE_TIMEOUT_MS} is closed, one address
 * may hold at most {@link #CONNECTIONS_PER_CLIENT} connections and the server {@link
 * #MAX_CONNECTIONS}, and requests beyond a few at a time wait, without a thread, in a bounded queue
 * (Jetty's {@code QoSHandler}; a full queue or a wait over 5 s gets 503).
 */
public final class WebServer implements Closeable {
  static final int MAX_REQUEST_HEADER = 8192;
  static final long IDLE_TIMEOUT_MS = 10_000;
  static final int CONNECTIONS_PER_CLIENT = 32;
  static final int MAX_CONNECTIONS = 512;
  private static final int QUEUE = 256;
  private static final Map<String, String[]> ASSETS =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
          "/assets/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
          "/assets/app.css", new String[] {"app.css", "text/css; charset=utf-8"});
  private static final String JSON = "application/json; charset=utf-8";

  private final Server server;
  private final ServerConnector connector;
  private final Searchers searchers;
  private final PrintWriter log;
  private final PerClientLimit perClient = new PerClientLimit(CONNECTIONS_PER_CLIENT);

  private WebServer(Searchers searchers, String host, int port, PrintWriter log) {
    this.searchers = searchers;
    this.log = log;
    int cores = Runtime.getRuntime().availableProcessors();
    QueuedThreadPool pool = new QueuedThreadPool(Math.max(16, cores * 8), 2);
    pool.setName("fahras-web");
    pool.setDaemon(true);
    server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_REQUEST_HEADER);
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    connector.addBean(perClient);
    server.addConnector(connector);
    server.addBean(new ConnectionLimit(MAX_CONNECTIONS, server));
    // searches run a few at a time; the rest wait, without a thread, in a bounded queue
    QoSHandler qos = new QoSHandler(new Api());
    qos.setMaxRequestCount(Math.max(2, cores * 2));
    qos.setMaxSuspendedRequestCount(QUEUE);
    qos.setMaxSuspend(Duration.ofSeconds(5));
    qos.setRejectStatusCode(503);
    server.setHandler(qos);
    server.setErrorHandler(new JsonErrors());
  }

  /**
   * Binds {@code host:port}, or a free port when {@code port} is taken and {@code fallback} is set;
   * serves {@code searcher}, and logs internal errors to standard error.
   */
  public static WebServer start(FahrasSearcher searcher, String host, int port, boolean fallback)
      throws IOException {
    return start(
        Searchers.fixed(searcher),
        host,
        port,
        fallback,
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /**
   * Binds {@code host:port}, or a free port when {@code port} is taken and {@code fallback} is set;
   * each request searches what {@code searchers} gives, and every internal error (a 500) is written
   * to {@code log} with its cause.
   */
  public static WebServer start(
      Searchers searchers, String host, int port, boolean fallback, PrintWriter log)
      throws IOException {
    WebServer w = new WebServer(searchers, host, port, log);
    try {
      w.startJetty();
    } catch (BindException e) {
      w.close();
      String why = e.getMessage() == null ? "" : e.getMessage();
      // only a taken port falls back; a privileged port or a foreign address would fail again
      if (!fallback || !why.contains("in use")) {
        BindException named = new BindException(bindFailure(why, host, port));
        named.initCause(e);
        throw named;
      }
      w = new WebServer(searchers, host, 0, log);
      w.startJetty();
    }
    return w;
  }

  /** Why {@code host:port} could not be bound, in the user's terms, with what to do. */
  static String bindFailure(String reason, String host, int port) {
    if (reason.contains("Permission denied") || reason.contains("Access denied")) {
      return "port "
          + port
          + " is reserved for the administrator (ports below 1024 need root); pick one above"
          + " 1023 with --port";
    }
    if (reason.contains("Cannot assign requested address")
        || reason.contains("not available")
        || reason.contains("Unresolved")) {
      return host + " is not an address of this machine; give one of its own with --host";
    }
    if (reason.contains("in use")) return "port " + port + " is in use; pick another with --port";
    return "cannot listen on " + host + ":" + port + " (" + reason + ")";
  }

  private void startJetty() throws IOException {
    try {
      server.start();
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException bind) throw bind; // Jetty wraps it
      }
      if (e instanceof IOException io) throw io;
      throw new IOException("cannot start the web server: " + e.getMessage(), e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** Connections open now (for tests of the per-client limit). */
  int openConnections() {
    return perClient.openConnections();
  }

  public String url() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    if (host.contains(":")) host = "[" + host + "]";
    return "http://" + host + ":" + port() + "/";
  }

  /** The API and the page. */
  private final class Api extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String method = request.getMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET");
        send(response, callback, 405, JSON, Json.error("only GET"));
        return true;
      }
      String path = Request.getPathInContext(request);
      Map<String, List<String>> params;
      try {
        params = params(Request.extractQueryParameters(request, StandardCharsets.UTF_8));
      } catch (RuntimeException e) {
        send(response, callback, 400, JSON, Json.error(MALFORMED_ADDRESS));
        return true;
      }
      if (!path.startsWith("/api/")) {
        try {
          asset(response, callback, path);
        } catch (IOException | RuntimeException e) {
          internalError(request, response, callback, e);
        }
        return true;
      }
      try (Searchers.Lease lease = searchers.acquire()) {
        FahrasSearcher searcher = lease.searcher();
        switch (path) {
          case "/api/search" -> send(response, callback, 200, JSON, search(searcher, params));
          case "/api/analyze" -> send(response, callback, 200, JSON, analyze(searcher, params));
          case "/api/explain" -> send(response, callback, 200, JSON, explain(searcher, params));
          case "/api/counterparts" ->
              send(response, callback, 200, JSON, counterparts(searcher, params));
          case "/api/suggest" -> send(response, callback, 200, JSON, suggest(searcher, params));
          case "/api/quotes" -> send(response, callback, 200, JSON, quotes(searcher, params));
          case "/api/figures" -> {
            String q = one(params, "q", "");
            send(response, callback, 200, JSON, Json.figures(q, searcher.figures(q)));
          }
          default -> send(response, callback, 404, JSON, Json.error("not found"));
        }
      } catch (IllegalArgumentException e) { // InvalidQueryException included
        send(response, callback, 400, JSON, Json.error(e.getMessage()));
      } catch (Searchers.IndexUnavailableException e) {
        send(response, callback, 503, JSON, Json.error(e.getMessage()));
      } catch (IOException | RuntimeException e) {
        internalError(request, response, callback, e);
      }
      return true;
    }
  }

  /** A 500: the client learns nothing of the cause, the log all of it. */
  private void internalError(Request request, Response response, Callback callback, Exception e) {
    synchronized (log) {
      log.println(
          "fahras serve: internal error on "
              + request.getMethod()
              + " "
              + Request.getPathInContext(request)
              + ": "
              + e);
      e.printStackTrace(log);
      log.flush();
    }
    send(response, callback, 500, JSON, Json.error("internal error"));
  }

  static final String BAD_REQUEST =
      "the request is not valid: its address is ambiguous (such as /../ or an encoded slash) or"
          + " it is not HTTP";

  /** Whether Jetty refused the address for its % escapes or bytes rather than its shape. */
  static boolean isEncodingProblem(String reason) {
    if (reason == null) return false;
    String r = reason.toLowerCase(java.util.Locale.ROOT);
    if (r.contains("ambiguous")) return false; // /../, %2e%2e, %2f: the shape, not the bytes
    return r.contains("%") || r.contains("utf") || r.contains("encod") || r.contains("hex");
  }

  static final String MALFORMED_ADDRESS =
      "the address is not valid: a % must be followed by two hex digits, and the bytes must be"
          + " UTF-8; let the browser or curl --data-urlencode encode the query";

  /** Jetty's own errors (a malformed request line, headers over the limit) in the API's shape. */
  private static final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(
        Request request,
        Response response,
        int code,
        String message,
        Throwable cause,
        Callback callback) {
      send(response, callback, code, JSON, Json.error(describe(code, message)));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, JSON);
      return ByteBuffer.wrap(Json.error(describe(status, reason)).getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(int code, String message) {
      return switch (code) {
        case 414, 431 ->
            "request too long: the address and headers may take up to "
                + MAX_REQUEST_HEADER / 1024
                + " KB";
        case 400 -> isEncodingProblem(message) ? MALFORMED_ADDRESS : BAD_REQUEST;
        case 404 -> "not found";
        case 503 -> "the server is busy; try again in a moment";
        default -> message == null ? HttpStatus.getMessage(code) : message;
      };
    }
  }

  /**
   * At most so many open connections from one address; the next ones are closed at once. The
   * address is remembered per connection: a closed socket no longer knows its peer, and reading it
   * again on close never released the count (every client was locked out after 32).
   */
  private static final class PerClientLimit implements Connection.Listener {
    private final int max;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final Map<Connection, String> clients = new ConcurrentHashMap<>();

    PerClientLimit(int max) {
      this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
      String client = client(connection);
      if (clients.putIfAbsent(connection, client) != null) return;
      if (open.merge(client, 1, Integer::sum) > max) {
        connection.getEndPoint().close();
      }
    }

    @Override
    public void onClosed(Connection connection) {
      String client = clients.remove(connection);
      if (client == null) return;
      open.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Connections open now, over every address. */
    int openConnections() {
      return clients.size();
    }

    private static String client(Connection connection) {
      SocketAddress a = connection.getEndPoint().getRemoteSocketAddress();
      return a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() : String.valueOf(a);
    }
  }

  private void asset(Response response, Callback callback, String path) throws IOException {
    String[] asset = ASSETS.get(path);
    if (asset == null) {
      send(response, callback, 404, JSON, Json.error("not found"));
      return;
    }
    try (InputStream in = WebServer.class.getResourceAsStream(asset[0])) {
      if (in == null) throw new IOException("missing resource " + asset[0]);
      sendBytes(response, callback, 200, asset[1], in.readAllBytes());
    }
  }

  private static String search(FahrasSearcher searcher, Map<String, List<String>> p)
      throws IOException {
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

  private static String analyze(FahrasSearcher searcher, Map<String, List<String>> p)
      throws IOException {
    String text = one(p, "text", "");
    if (text.length() > 10_000) throw new IllegalArgumentException("text over 10000 characters");
    return Json.tokens(searcher.analyze(text));
  }

  private static String explain(FahrasSearcher searcher, Map<String, List<String>> p)
      throws IOException {
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

  private static String counterparts(FahrasSearcher searcher, Map<String, List<String>> p)
      throws IOException {
    String doc = one(p, "doc", "");
    int passage = intParam(p, "passage", 0);
    int limit = intParam(p, "limit", 5);
    if (limit < 1 || limit > 50) throw new IllegalArgumentException("limit must be 1..50");
    return Json.counterparts(doc, passage, searcher.counterparts(doc, passage, limit));
  }

  private static String quotes(FahrasSearcher searcher, Map<String, List<String>> p)
      throws IOException {
    int limit = intParam(p, "limit", 10);
    if (limit < 1 || limit > 50) throw new IllegalArgumentException("limit must be 1..50");
    return Json.quotes(searcher.quotes(one(p, "text", ""), limit));
  }

  /** The longest text completed: a search box's query, not a document. */
  static final int MAX_SUGGEST_CHARS = 200;

  private static String suggest(FahrasSearcher searcher, Map<String, List<String>> p)
      throws IOException {
    String q = one(p, "q", "");
    if (q.length() > MAX_SUGGEST_CHARS) {
      throw new IllegalArgumentException("q over " + MAX_SUGGEST_CHARS + " characters");
    }
    int limit = intParam(p, "limit", 8);
    if (limit < 1 || limit > 20) throw new IllegalArgumentException("limit must be 1..20");
    return Json.suggestions(q, searcher.suggest(q, limit));
  }

  private static int intParam(Map<String, List<String>> p, String name, int dflt) {
    String v = one(p, name, null);
    if (v == null || v.isEmpty()) return dflt;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      // a number too large for an int is a number all the same: say what range is taken
      boolean digits = v.matches("-?\\d+");
      throw new IllegalArgumentException(
          digits
              ? name + " is out of range: give a whole number up to " + Integer.MAX_VALUE
              : name + " must be a whole number, was '" + v + "'");
    }
  }

  private static String one(Map<String, List<String>> p, String name, String dflt) {
    List<String> v = p.get(name);
    return v == null || v.isEmpty() ? dflt : v.get(0);
  }

  private static Map<String, List<String>> params(Fields fields) {
    Map<String, List<String>> m = new java.util.HashMap<>();
    for (Fields.Field f : fields) m.put(f.getName(), f.getValues());
    return m;
  }

  private static void send(
      Response response, Callback callback, int status, String type, String body) {
    sendBytes(response, callback, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");
  private static final HttpField CSP =
      new HttpField(
          "Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'");
  private static final HttpField NO_STORE = new HttpField(HttpHeader.CACHE_CONTROL, "no-store");

  private static void sendBytes(
      Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, type);
    headers.put(NOSNIFF);
    headers.put(CSP);
    headers.put(NO_STORE);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping a server that failed to start, or is stopping already
    }
  }
}
