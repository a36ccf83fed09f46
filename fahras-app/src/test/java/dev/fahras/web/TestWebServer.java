package dev.fahras.web;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.FahrasSearcher;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestWebServer extends LuceneTestCase {

  public void testApiAndEscaping() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(
          SourceDocument.of(
              "x<1>", "<b>src</b>", "هاجم التنظيم السجن <script>alert(1)</script> في الحسكة"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w);
          WebServer server = WebServer.start(s, "127.0.0.1", 0, true);
          HttpClient http = HttpClient.newHttpClient()) {
        String base = server.url();
        HttpResponse<String> r =
            get(
                http,
                base
                    + "api/search?q="
                    + URLEncoder.encode("السِّجن <script>", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertTrue(
            r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        // markup travels as JSON text, never as HTML: typed, not sniffed, and the page inserts it
        // as text
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.body(), r.body().contains("\"sources\":{\"<b>src</b>\":1}"));
        assertTrue(r.body(), r.body().contains("<script>alert(1)</script>"));

        HttpResponse<String> page = get(http, base);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("dir=\"rtl\""));
        assertEquals(200, get(http, base + "assets/app.js").statusCode());
        for (String bad :
            new String[] {
              "../pom.xml",
              "assets/../../pom.xml",
              "assets/%2e%2e/index.html",
              "etc/passwd",
              "assets/"
            }) {
          HttpResponse<String> r2 = get(http, base + bad);
          // refused as not found, or as an ambiguous path: never a file
          assertTrue(bad + " " + r2.statusCode(), r2.statusCode() == 404 || r2.statusCode() == 400);
          assertTrue(r2.body(), r2.body().startsWith("{\"error\":"));
          assertFalse(r2.body(), r2.body().contains("%")); // the address's shape, not its escapes
        }
        assertEquals(400, get(http, base + "api/search?q=x&limit=abc").statusCode());
        HttpResponse<String> counterparts =
            get(
                http,
                base + "api/counterparts?doc=" + URLEncoder.encode("x<1>", StandardCharsets.UTF_8));
        assertEquals(counterparts.body(), 200, counterparts.statusCode());
        assertEquals("{\"docId\":\"x<1>\",\"passage\":0,\"counterparts\":[]}", counterparts.body());
        assertEquals(400, get(http, base + "api/counterparts?doc=none&passage=3").statusCode());
        HttpResponse<String> suggest =
            get(
                http,
                base + "api/suggest?q=" + URLEncoder.encode("وبالسج", StandardCharsets.UTF_8));
        assertEquals(suggest.body(), 200, suggest.statusCode());
        assertEquals(
            "{\"prefix\":\"وبالسج\",\"suggestions\":[{\"text\":\"وبالسجن\",\"word\":\"سجن\","
                + "\"count\":1}]}",
            suggest.body());
        assertEquals(400, get(http, base + "api/suggest?q=x&limit=0").statusCode());
        // the quote finder: the text found whole, its markup as JSON text; empty text is named
        HttpResponse<String> quote =
            get(
                http,
                base
                    + "api/quotes?text="
                    + URLEncoder.encode("هاجم التَّنظيم السجن", StandardCharsets.UTF_8));
        assertEquals(quote.body(), 200, quote.statusCode());
        assertTrue(quote.body(), quote.body().startsWith("{\"documents\":1,\"complete\":true,"));
        assertTrue(quote.body(), quote.body().contains("\"whole\":true"));
        assertTrue(quote.body(), quote.body().contains("\"docId\":\"x<1>\""));
        HttpResponse<String> emptyQuote = get(http, base + "api/quotes?text=");
        assertEquals(400, emptyQuote.statusCode());
        assertTrue(emptyQuote.body(), emptyQuote.body().contains("empty"));
        assertEquals(400, get(http, base + "api/quotes?text=a&limit=99").statusCode());
        HttpResponse<String> figures =
            get(
                http,
                base + "api/figures?q=" + URLEncoder.encode("كم عدد", StandardCharsets.UTF_8));
        assertEquals(figures.body(), 200, figures.statusCode());
        assertEquals("{\"query\":\"كم عدد\",\"figures\":[]}", figures.body());
        HttpResponse<String> longPrefix = get(http, base + "api/suggest?q=" + "x".repeat(201));
        assertEquals(400, longPrefix.statusCode());
        assertTrue(longPrefix.body(), longPrefix.body().contains("q over 200 characters"));
        HttpResponse<String> huge = get(http, base + "api/search?q=x&offset=999999999999");
        assertEquals(400, huge.statusCode());
        assertTrue(huge.body(), huge.body().contains("offset is out of range"));
        String stop =
            get(http, base + "api/search?q=" + URLEncoder.encode("من هو", StandardCharsets.UTF_8))
                .body();
        assertTrue(
            stop,
            stop.contains("\"noticeCode\":\"only-stopwords\"") && stop.contains("\"total\":0"));
        assertEquals(
            400,
            get(
                    http,
                    base
                        + "api/search?mode=advanced&q="
                        + URLEncoder.encode("title:(", StandardCharsets.UTF_8))
                .statusCode());
        HttpResponse<String> post =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "api/search"))
                    .POST(HttpRequest.BodyPublishers.ofString("q=x"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(414, get(http, base + "api/search?q=" + "a".repeat(9000)).statusCode());
        HttpResponse<String> analyze =
            get(
                http,
                base + "api/analyze?text=" + URLEncoder.encode("ﻻ مسؤول", StandardCharsets.UTF_8));
        assertTrue(analyze.body(), analyze.body().startsWith("{\"tokens\":[{\"term\":\"مسءول\""));
        HttpResponse<String> explain =
            get(
                http,
                base
                    + "api/explain?passage=0&doc="
                    + URLEncoder.encode("x<1>", StandardCharsets.UTF_8)
                    + "&q="
                    + URLEncoder.encode("السجن", StandardCharsets.UTF_8));
        assertEquals(explain.body(), 200, explain.statusCode());
        assertTrue(explain.body(), explain.body().contains("\"word\":\"السجن\""));
      }
    }
  }

  /** Arabic typed straight into the address (raw UTF-8 bytes) is a query like any other. */
  public void testRawUtf8AndMalformedAddresses() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("d", "s", "هاجم التنظيم السجن في الحسكة"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w);
          WebServer server = WebServer.start(s, "127.0.0.1", 0, true)) {
        String raw = rawGet(server.port(), "/api/search?q=" + "السجن");
        assertTrue(raw, raw.startsWith("HTTP/1.1 200"));
        assertTrue(raw, raw.contains("\"total\":1"));
        for (String bad : new String[] {"%E0%A4%A", "%zz", "%FF%FE", "a%"}) {
          String r = rawGet(server.port(), "/api/search?q=" + bad);
          assertTrue(bad + ": " + r, r.startsWith("HTTP/1.1 400"));
          assertTrue(bad + ": " + r, r.contains("application/json"));
          assertTrue(bad + ": " + r, r.contains("{\"error\":\"the address is not valid"));
        }
        String longLine = rawGet(server.port(), "/api/search?q=" + "a".repeat(20_000));
        assertTrue(
            longLine, longLine.startsWith("HTTP/1.1 414") || longLine.startsWith("HTTP/1.1 431"));
        assertTrue(longLine, longLine.contains("{\"error\":\"request too long"));
      }
    }
  }

  /**
   * Stalled connections (a request line never finished) do not freeze the server: under that
   * attack, 8 clients' queries are all answered, each well within its 5 s timeout. Prints the
   * latencies; a freeze fails the test by timeout.
   */
  public void testSlowClientsDoNotFreezeIt() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      try (DocumentSource source = Sources.open(Path.of("testdata"), ReadOptions.DEFAULT)) {
        SourceDocument d;
        while ((d = source.next()) != null) w.add(d);
      }
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w);
          WebServer server = WebServer.start(s, "127.0.0.1", 0, true)) {
        List<Socket> stalled = new ArrayList<>();
        try {
          for (int i = 0; i < 16; i++) {
            Socket socket = new Socket("127.0.0.1", server.port());
            socket.getOutputStream().write("GET /api/sea".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            stalled.add(socket);
          }
          String[] queries = {"السجن", "مسؤول السجن", "قسد", "الحسكة", "كم عدد القتلى", "داعش"};
          int clients = 8;
          int each = 60;
          long[] nanos = new long[clients * each];
          ExecutorService pool = Executors.newFixedThreadPool(clients);
          try (HttpClient http =
              HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
              int client = c;
              done.add(
                  pool.submit(
                      () -> {
                        for (int i = 0; i < each; i++) {
                          String q = queries[(client + i) % queries.length];
                          long t0 = System.nanoTime();
                          HttpResponse<String> r =
                              http.send(
                                  HttpRequest.newBuilder(
                                          URI.create(
                                              server.url()
                                                  + "api/search?q="
                                                  + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                      .timeout(Duration.ofSeconds(5))
                                      .build(),
                                  HttpResponse.BodyHandlers.ofString());
                          nanos[client * each + i] = System.nanoTime() - t0;
                          assertEquals(r.body(), 200, r.statusCode());
                        }
                        return null;
                      }));
            }
            for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
          } finally {
            pool.shutdownNow();
          }
          Arrays.sort(nanos);
          System.out.printf(
              Locale.ROOT,
              "web under a 16-connection slow-client attack: %d queries by %d clients, p50 %.1f ms, p99 %.1f ms%n",
              nanos.length,
              clients,
              nanos[nanos.length / 2] / 1e6,
              nanos[(int) (nanos.length * 0.99)] / 1e6);
        } finally {
          for (Socket socket : stalled) socket.close();
        }
      }
    }
  }

  /**
   * The per-address limit counts open connections and releases them however they close: hundreds of
   * sequential connections from one address (closed after the reply, reset, cut mid-request or left
   * to the server) are all served, and a client over the limit is served again once its connections
   * close. Before the fix, the 33rd connection and every one after it got no reply.
   */
  public void testConnectionsPerClientAreReleased() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "src", "هاجم التنظيم السجن في الحسكة"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w);
          WebServer server = WebServer.start(s, "127.0.0.1", 0, true)) {
        int port = server.port();
        for (int i = 0; i < 300; i++) {
          switch (i % 4) {
            case 0 -> assertTrue(rawGet(port, "/").startsWith("HTTP/1.1 200"));
            case 1 -> {
              try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoLinger(true, 0); // closes with a reset
                socket.getOutputStream().write(request("/api/search?q=x"));
                socket.getInputStream().read();
              }
            }
            case 2 -> {
              try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write("GET /api/sea".getBytes(StandardCharsets.US_ASCII));
              }
            }
            default -> {
              try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(5000);
                OutputStream out = socket.getOutputStream();
                out.write(
                    ("GET / HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertTrue(socket.getInputStream().read() > 0); // kept alive, closed by us unread
              }
            }
          }
        }
        assertTrue(rawGet(port, "/").startsWith("HTTP/1.1 200"));
        // the connections above are released as the server sees them close, not at once: a slot
        // still held would refuse one of the 32 below, and the count would then never reach 32
        waitForOpenConnections(server, 0);

        List<Socket> held = new ArrayList<>();
        try {
          for (int i = 0; i < WebServer.CONNECTIONS_PER_CLIENT; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.getOutputStream().write("GET /".getBytes(StandardCharsets.US_ASCII));
            held.add(socket);
          }
          waitForOpenConnections(server, WebServer.CONNECTIONS_PER_CLIENT);
          try (Socket over = new Socket("127.0.0.1", port)) {
            over.setSoTimeout(5000);
            over.getOutputStream().write(request("/"));
            assertEquals("one over the limit is closed unanswered", -1, readOrEnd(over));
          }
        } finally {
          for (Socket socket : held) socket.close();
        }
        waitForOpenConnections(server, 0);
        assertTrue(rawGet(port, "/").startsWith("HTTP/1.1 200"));
      }
    }
  }

  private static byte[] request(String target) {
    return ("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int readOrEnd(Socket socket) throws Exception {
    try {
      return socket.getInputStream().read();
    } catch (java.net.SocketException reset) {
      return -1;
    }
  }

  private static void waitForOpenConnections(WebServer server, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.openConnections() != n) {
      assertTrue(
          "open connections " + server.openConnections() + ", expected " + n,
          System.nanoTime() < deadline);
      Thread.sleep(20);
    }
  }

  /** A port or address that cannot be bound is named for what it is, not as "in use". */
  public void testBindFailuresSayWhy() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults());
        FahrasSearcher s = FahrasSearcher.open(w)) {
      java.net.BindException e =
          expectThrows(
              java.net.BindException.class, () -> WebServer.start(s, "192.0.2.1", 0, true));
      assertTrue(e.getMessage(), e.getMessage().contains("is not an address of this machine"));
      try (WebServer first = WebServer.start(s, "127.0.0.1", 0, false)) {
        java.net.BindException taken =
            expectThrows(
                java.net.BindException.class,
                () -> WebServer.start(s, "127.0.0.1", first.port(), false));
        assertTrue(taken.getMessage(), taken.getMessage().contains("is in use"));
      }
    }
    assertTrue(
        WebServer.bindFailure("Permission denied", "0.0.0.0", 80)
            .contains("ports below 1024 need root"));
    // garbage instead of HTTP: a 400 that does not talk about % escapes
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults());
        FahrasSearcher s = FahrasSearcher.open(w);
        WebServer server = WebServer.start(s, "127.0.0.1", 0, true);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write("GARBAGE /\u0001 NOPE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String r = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(r, r.startsWith("HTTP/1.1 400"));
      assertFalse(r, r.contains("%"));
    }
  }

  /** The response to a hand-written GET whose target goes on the wire as given (UTF-8 bytes). */
  private static String rawGet(int port, String target) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
