package dev.fahras.search;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.Sources;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.Indexer;
import java.nio.file.Path;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The README's Java example, as written there, so it stays true. */
public class TestReadmeExample extends LuceneTestCase {
  public void testReadmeExample() throws Exception {
    Path index = createTempDir().resolve("index");
    // --- README
    try (FahrasIndexWriter writer = FahrasIndexWriter.open(index, IndexConfig.defaults());
        DocumentSource source = Sources.open(Path.of("testdata"), ReadOptions.DEFAULT)) {
      new Indexer(writer).run(source); // multithreaded, commits at the end
    }
    try (FahrasSearcher searcher = FahrasSearcher.open(index, IndexConfig.defaults())) {
      SearchResult r = searcher.search("مسئول السجن", SearchOptions.builder().withLimit(5).build());
      for (PassageHit h : r.hits()) {
        assertNotNull(h.source() + " " + h.score() + " " + h.text() + " " + h.highlights());
      }
      // --- end of the README example
      assertEquals(5, r.hits().size());
    }
  }
}
