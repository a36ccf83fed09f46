package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.DocumentReadException;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.SearcherConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.util.LuceneTestCase;

// a writer refuses a folder holding files no index wrote, and ExtrasFS plants such files
@LuceneTestCase.SuppressFileSystems("ExtrasFS")
public class TestIndexing extends LuceneTestCase {

  public void testReindexReplacesAndDeleteRemoves() throws Exception {
    Path dir = createTempDir();
    try (FahrasIndexWriter w = FahrasIndexWriter.open(dir, IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s1", "السجن الأول\nفقرة ثانية عن الهجوم"));
      w.add(SourceDocument.of("b", "s2", "مخيم الهول"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals(3, s.passageCount());
        w.add(SourceDocument.of("a", "s1", "نص جديد واحد")); // same id: replaces both passages
        s.refresh();
        assertEquals(2, s.passageCount());
        assertEquals(0, s.search("السجن").total());
        assertEquals(1, s.search("جديد").total());
        assertTrue(w.delete("b"));
        assertFalse(w.delete("b")); // already gone, though not committed
        s.refresh();
        assertEquals(1, s.passageCount());
        assertEquals(List.of("a"), s.documentIds());
      }
    }
  }

  /** Many ids in one call: the ones held are reported in order, each once, and all go. */
  /** A closed writer refuses new documents with AlreadyClosedException, not a null pointer. */
  public void testAddAfterCloseSaysClosed() throws Exception {
    FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults());
    w.close();
    expectThrows(
        org.apache.lucene.store.AlreadyClosedException.class,
        () -> w.add(SourceDocument.of("a", "s", "نص")));
  }

  public void testDeleteMany() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      for (String id : List.of("a", "b", "c")) w.add(SourceDocument.of(id, "s", "نص " + id));
      w.commit();
      assertEquals(List.of("c", "a"), w.delete(List.of("c", "x", "a", "c")));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals(List.of("b"), s.documentIds());
      }
    }
  }

  /**
   * Every Lucene document has a norm for each scored field (records and untitled documents too).
   */
  public void testNormsAreDense() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s1", "السجن الأول\nفقرة ثانية عن الهجوم")); // no title
      w.add(new SourceDocument("b", "s2", "عنوان", null, "", "مخيم الهول", Map.of()));
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(w.luceneWriter())) {
        for (var leaf : r.leaves()) {
          for (String field : List.of(Schema.TEXT, Schema.TITLE)) {
            assertEquals(field, leaf.reader().maxDoc(), leaf.reader().getNormValues(field).cost());
          }
        }
        // and the empty fields leave the statistics alone: only passages count
        assertEquals(3, r.getDocCount(Schema.TEXT));
        assertEquals(1, r.getDocCount(Schema.TITLE));
      }
    }
  }

  public void testOtherConfigurationRefused() throws Exception {
    Path dir = createTempDir();
    try (FahrasIndexWriter w = FahrasIndexWriter.open(dir, IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s", "نص"));
    }
    IndexConfig other =
        IndexConfig.builder()
            .withAnalyzer(FahrasArabicAnalyzer.builder().withoutStopwords().build())
            .build();
    IncompatibleIndexException e =
        expectThrows(IncompatibleIndexException.class, () -> FahrasIndexWriter.open(dir, other));
    assertTrue(e.getMessage(), e.getMessage().contains("rebuild"));
    expectThrows(
        IncompatibleIndexException.class,
        () -> FahrasSearcher.open(dir, other, SearcherConfig.defaults()));
  }

  public void testOnErrorStopCommitsWhatCameBefore() throws Exception {
    Path file = createTempDir().resolve("in.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"1\",\"text\":\"أول\"}\n{\"id\":\"2\",\"text\":\"ثان\"}\n{bad\n{\"id\":\"3\",\"text\":\"ثالث\"}\n",
        StandardCharsets.UTF_8);
    Path dir = createTempDir();
    try (FahrasIndexWriter w = FahrasIndexWriter.open(dir, IndexConfig.defaults());
        var source = Sources.open(file, ReadOptions.DEFAULT)) {
      Indexer.StoppedException e =
          expectThrows(
              Indexer.StoppedException.class, () -> new Indexer(w).withThreads(2).run(source));
      assertTrue(e.getMessage(), e.getMessage().contains("in.jsonl:3"));
      assertEquals(2, e.progress().documents());
    }
    try (FahrasSearcher s =
        FahrasSearcher.open(dir, IndexConfig.defaults(), SearcherConfig.defaults())) {
      assertEquals(List.of("1", "2"), s.documentIds());
    }
  }

  public void testOnErrorSkipCounts() throws Exception {
    Path file = createTempDir().resolve("in.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"1\",\"text\":\"أول\"}\n{bad\n{\"id\":\"1\",\"text\":\"مكرر\"}\n{\"id\":\"3\",\"text\":\"ثالث\"}\n",
        StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults());
        var source = Sources.open(file, ReadOptions.DEFAULT)) {
      Indexer.Progress p =
          new Indexer(w)
              .withOnError(Indexer.OnError.SKIP)
              .withErrorListener(e -> errors.add(e.getMessage()))
              .run(source);
      assertEquals(2, p.documents());
      assertEquals(2, p.errors());
      assertEquals(2, errors.size());
      assertTrue(errors.get(1), errors.get(1).contains("duplicate id '1'"));
    }
  }

  public void testHugeDocumentIndexesWithinLimit() throws Exception {
    // 8 MB of text in one document: split into bounded passages, no exception
    StringBuilder b = new StringBuilder();
    String sentence = "هاجم مرتزقة التنظيم السجن في الحسكة واستمرت الاشتباكات أياماً. ";
    while (b.length() < 8 << 20) b.append(sentence);
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      AddResult r = w.add(SourceDocument.of("big", "s", b.toString()));
      assertTrue(r.passages() > 8000);
    }
  }

  /**
   * A child JVM killed while indexing leaves an index that opens at its last commit and is clean.
   */
  public void testKilledProcessLeavesCommittedIndex() throws Exception {
    Path dir = createTempDir();
    Path ready = dir.resolveSibling(dir.getFileName() + ".committed");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName(),
                dir.toString(),
                ready.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!Files.exists(ready) && System.nanoTime() < deadline && p.isAlive()) Thread.sleep(50);
      assertTrue("child never committed", Files.exists(ready));
      Thread.sleep(300 + random().nextInt(500)); // let it get into the middle of more work
    } finally {
      p.destroyForcibly().waitFor();
    }
    try (FSDirectory d = FSDirectory.open(dir)) {
      try (CheckIndex check = new CheckIndex(d)) {
        assertTrue(check.checkIndex().clean);
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertTrue(r.numDocs() > 0);
      }
    }
    try (FahrasSearcher s =
        FahrasSearcher.open(dir, IndexConfig.defaults(), SearcherConfig.defaults())) {
      int docs = s.documentIds().size();
      assertTrue(docs >= 100);
      assertEquals("whole commits only: 100 documents each", 0, docs % 100);
    }
  }

  public void testReadErrorsAreDocumentReadExceptions() {
    DocumentReadException e = new DocumentReadException("f.jsonl:3", "bad");
    assertEquals("f.jsonl:3: bad", e.getMessage());
  }
}
