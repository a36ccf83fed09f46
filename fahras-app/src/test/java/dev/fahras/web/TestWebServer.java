package dev.fahras.web;

import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.FahrasSearcher;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
          assertEquals(bad, 404, get(http, base + bad).statusCode());
        }
        assertEquals(400, get(http, base + "api/search?q=x&limit=abc").statusCode());
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

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
