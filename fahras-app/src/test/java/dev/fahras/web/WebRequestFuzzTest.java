package dev.fahras.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.FahrasSearcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any bytes as the request line and headers of a request: the server answers with a well-formed
 * HTTP response, and every error is the API's JSON shape {@code {"error":…}}. Seeds in {@code
 * WebRequestFuzzTestInputs/}.
 */
class WebRequestFuzzTest {
  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");
  private static FahrasIndexWriter writer;
  private static FahrasSearcher searcher;
  private static WebServer server;

  @BeforeAll
  static void start() throws IOException {
    writer = FahrasIndexWriter.inMemory(IndexConfig.defaults());
    writer.add(SourceDocument.of("d", "s", "هاجم التنظيم السجن في الحسكة"));
    writer.commit();
    searcher = FahrasSearcher.open(writer);
    server = WebServer.start(searcher, "127.0.0.1", 0, true);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    searcher.close();
    writer.close();
  }

  @FuzzTest(maxDuration = "30s")
  void wellFormedJsonAnswers(byte[] request) throws IOException {
    String first = exchange(request);
    if (first.isEmpty()) {
      // the per-client limit closes a connection unanswered while the slots of the fuzzer's
      // earlier connections are still held (they are released as the server sees them close):
      // once they are, the request is asked again, and must be answered then
      awaitNoOpenConnections();
    }
    String response = first.isEmpty() ? exchange(request) : first;
    // every request ends with a blank line, so the server owes it an answer: a crashed handler or
    // a dropped connection is a failure, not a pass
    assertTrue(!response.isEmpty(), "no response at all");
    Matcher status = STATUS.matcher(response);
    if (!status.find()) {
      // a request line with no or an unknown version is answered as HTTP/0.9: a body (after a
      // line break), no status line
      assertTrue(
          response.strip().startsWith("{\"error\":\""),
          () -> "not an HTTP response: " + head(response));
      return;
    }
    int code = Integer.parseInt(status.group(1));
    int body = response.indexOf("\r\n\r\n");
    if (code >= 400 && body >= 0 && body + 4 < response.length()) {
      assertTrue(
          response.substring(body + 4).startsWith("{\"error\":\""),
          () -> "error without the JSON shape: " + head(response));
      assertTrue(
          response.toLowerCase(Locale.ROOT).contains("content-type: application/json"),
          () -> "error not typed as JSON: " + head(response));
    }
  }

  private static void awaitNoOpenConnections() {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.openConnections() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Sends {@code request} after "GET " and before the end of the headers, reads the answer. */
  private static String exchange(byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET ".getBytes(StandardCharsets.US_ASCII));
      out.write(request);
      out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) != -1; ) read.write(buf, 0, n);
      } catch (SocketException reset) {
        // a reset after the answer (the server closed with our bytes unread) keeps what came
      }
      return read.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static String head(String response) {
    return response.substring(0, Math.min(400, response.length()));
  }
}
