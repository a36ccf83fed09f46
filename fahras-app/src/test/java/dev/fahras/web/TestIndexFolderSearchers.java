package dev.fahras.web;

import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.FahrasSearcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.IOUtils;

/**
 * A served index folder that is deleted and built again: requests say plainly that the index is
 * gone, then search the new one (Lucene's refresh alone kept answering from the deleted index,
 * whose first commit had the new one's name and version).
 */
// a writer refuses a folder holding files no index wrote, and ExtrasFS plants such files
@LuceneTestCase.SuppressFileSystems("ExtrasFS")
public class TestIndexFolderSearchers extends LuceneTestCase {

  public void testDeletedAndRebuiltIndexIsServedAgain() throws Exception {
    Path folder = createTempDir().resolve("index");
    build(folder, 1);
    StringWriter logged = new StringWriter();
    PrintWriter log = new PrintWriter(logged, true);
    try (IndexFolderSearchers searchers =
            new IndexFolderSearchers(folder, FahrasSearcher::open, log);
        WebServer server = WebServer.start(searchers, "127.0.0.1", 0, true, log);
        HttpClient http = HttpClient.newHttpClient()) {
      String url =
          server.url() + "api/search?q=" + URLEncoder.encode("السجن", StandardCharsets.UTF_8);
      HttpResponse<String> r = get(http, url);
      assertEquals(r.body(), 200, r.statusCode());
      assertTrue(r.body(), r.body().contains("\"total\":1,"));

      IOUtils.rm(folder);
      Thread.sleep(IndexFolderSearchers.CHECK_NANOS / 1_000_000 + 100);
      r = get(http, url);
      assertEquals(r.body(), 503, r.statusCode());
      assertTrue(r.body(), r.body().contains("is gone"));
      assertTrue(logged.toString(), logged.toString().contains("is gone"));

      build(folder, 3);
      Thread.sleep(IndexFolderSearchers.CHECK_NANOS / 1_000_000 + 100);
      r = get(http, url);
      assertEquals(r.body(), 200, r.statusCode());
      assertTrue(r.body(), r.body().contains("\"total\":3,"));
      assertTrue(logged.toString(), logged.toString().contains("is back"));

      // a new commit in place is seen too
      try (FahrasIndexWriter w = FahrasIndexWriter.open(folder, IndexConfig.defaults())) {
        w.add(SourceDocument.of("extra", "src", "هاجم التنظيم السجن مرة أخرى"));
        w.commit();
      }
      Thread.sleep(IndexFolderSearchers.CHECK_NANOS / 1_000_000 + 100);
      r = get(http, url);
      assertTrue(r.body(), r.body().contains("\"total\":4,"));
    }
  }

  /** A lease taken before a replacement keeps its searcher open until it is closed. */
  public void testLeaseOutlivesReplacement() throws Exception {
    Path folder = createTempDir().resolve("index");
    build(folder, 2);
    try (IndexFolderSearchers searchers =
        new IndexFolderSearchers(
            folder, FahrasSearcher::open, new PrintWriter(new StringWriter()))) {
      try (Searchers.Lease old = searchers.acquire()) {
        IOUtils.rm(folder);
        build(folder, 5);
        Thread.sleep(IndexFolderSearchers.CHECK_NANOS / 1_000_000 + 100);
        try (Searchers.Lease fresh = searchers.acquire()) {
          assertEquals(5, fresh.searcher().search("السجن").total());
        }
        assertEquals(2, old.searcher().search("السجن").total());
      }
    }
  }

  private static void build(Path folder, int docs) throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.open(folder, IndexConfig.defaults())) {
      for (int i = 0; i < docs; i++) {
        w.add(SourceDocument.of("d" + i, "src", "هاجم التنظيم السجن في الحسكة رقم " + i));
      }
      w.commit();
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
