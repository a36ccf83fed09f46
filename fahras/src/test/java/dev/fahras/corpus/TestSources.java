package dev.fahras.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestSources extends LuceneTestCase {

  private static List<SourceDocument> readAll(DocumentSource s) throws Exception {
    List<SourceDocument> out = new ArrayList<>();
    SourceDocument d;
    while ((d = s.next()) != null) out.add(d);
    return out;
  }

  public void testBundledFolderWithManifest() throws Exception {
    try (DocumentSource s = Sources.open(Path.of("testdata"), ReadOptions.DEFAULT)) {
      List<SourceDocument> docs = readAll(s);
      assertEquals(5, docs.size());
      SourceDocument first = docs.get(0);
      assertEquals("000", first.id());
      assertEquals("Unnamed Arabic news site", first.source());
      assertEquals(LocalDate.of(2022, 1, 31), first.date());
      assertTrue(first.title().startsWith("قسد"));
      assertNull(docs.get(3).date()); // 003 is undated
    }
  }

  public void testFilesWithoutManifestGetDefaults() throws Exception {
    Path dir = createTempDir();
    Path outlet = Files.createDirectories(dir.resolve("عنب"));
    Files.writeString(
        outlet.resolve("report-1.txt"), "\uFEFFسطر أول\r\nسطر ثان\r\n", StandardCharsets.UTF_8);
    try (DocumentSource s = Sources.open(dir, ReadOptions.DEFAULT)) {
      List<SourceDocument> docs = readAll(s);
      assertEquals(1, docs.size());
      assertEquals("report-1", docs.get(0).id());
      assertEquals("عنب", docs.get(0).source());
      assertEquals("سطر أول\nسطر ثان\n", docs.get(0).text()); // BOM dropped, CRLF → LF
    }
  }

  public void testManifestNamingMissingFile() throws Exception {
    Path dir = createTempDir();
    Files.writeString(
        dir.resolve("manifest.tsv"), "file\tid\nnope.txt\tx\n", StandardCharsets.UTF_8);
    DocumentReadException e =
        expectThrows(DocumentReadException.class, () -> Sources.open(dir, ReadOptions.DEFAULT));
    assertTrue(e.getMessage(), e.getMessage().contains("nope.txt"));
  }

  public void testInvalidUtf8NamesFileAndOffset() throws Exception {
    Path dir = createTempDir();
    byte[] bytes = {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'};
    Files.write(dir.resolve("bad.txt"), bytes);
    try (DocumentSource s = Sources.open(dir, ReadOptions.DEFAULT)) {
      DocumentReadException e = expectThrows(DocumentReadException.class, s::next);
      assertTrue(e.getMessage(), e.getMessage().contains("bad.txt"));
      assertTrue(e.getMessage(), e.getMessage().contains("byte offset 2"));
    }
    try (DocumentSource s = Sources.open(dir, new ReadOptions(true, 1 << 20))) {
      assertEquals("ab\uFFFD(c", s.next().text());
    }
  }

  public void testTooLargeDocumentRefused() throws Exception {
    Path dir = createTempDir();
    Files.writeString(dir.resolve("big.txt"), "س".repeat(1 << 20), StandardCharsets.UTF_8);
    try (DocumentSource s = Sources.open(dir, new ReadOptions(false, 1 << 20))) {
      DocumentReadException e = expectThrows(DocumentReadException.class, s::next);
      assertTrue(e.getMessage(), e.getMessage().contains("maxDocumentBytes"));
    }
  }

  public void testJsonLines() throws Exception {
    Path file = createTempDir().resolve("news.jsonl");
    Files.writeString(
        file,
        """
        {"id": 1, "source": "عنب بلدي", "title": "عنوان", "date": "2022-01-23T10:00:00Z", "text": "نص أول", "lang": "ar", "tags": ["a"]}

        {"id": "2", "text": "نص ثان"}
        {"id": "3", "text": "نص
        {"id": "4"}
        {"id": "5", "text": "  "}
        {"id": "2", "text": "مكرر"}
        [1, 2]
        {"id": "6", "text": "آخر", "date": "يناير"}
        {"id": "7", "text": "سليم"}
        """,
        StandardCharsets.UTF_8);
    try (DocumentSource s = Sources.open(file, ReadOptions.DEFAULT)) {
      SourceDocument d1 = s.next();
      assertEquals("1", d1.id());
      assertEquals(LocalDate.of(2022, 1, 23), d1.date());
      assertEquals("ar", d1.extra().get("lang"));
      assertEquals("[\"a\"]", d1.extra().get("tags")); // kept as JSON
      SourceDocument d2 = s.next();
      assertEquals("news", d2.source()); // default: the file name
      String[] expected = {
        ":4: malformed JSON", ":5: missing required field 'text'",
            ":6: document '5' has an empty text",
        ":7: duplicate id '2'", ":8: expected a JSON object", ":9: date 'يناير'"
      };
      for (String fragment : expected) {
        DocumentReadException e = expectThrows(DocumentReadException.class, s::next);
        assertTrue(
            e.getMessage() + " should contain " + fragment, e.getMessage().contains(fragment));
        assertTrue(e.getMessage().contains("news.jsonl"));
      }
      assertEquals("7", s.next().id()); // the source stays usable after errors
      assertNull(s.next());
    }
  }

  /**
   * A folder given through a symbolic link is read like the folder itself, under the link's name.
   */
  public void testSymlinkedFolder() throws Exception {
    Path real = Path.of(createTempDir("real").toString());
    Files.createDirectories(real.resolve("sub"));
    Files.writeString(real.resolve("sub/a.txt"), "نص", StandardCharsets.UTF_8);
    Path link = real.resolveSibling(real.getFileName() + "-link");
    Files.createSymbolicLink(link, real);
    try (DocumentSource s = Sources.open(link, ReadOptions.DEFAULT)) {
      SourceDocument d = s.next();
      assertNotNull("nothing read through the link", d);
      assertEquals("a", d.id());
      assertEquals("sub", d.source());
      assertNull(s.next());
    }
  }

  /**
   * An unreadable subfolder is one more bad input: named, and reading goes on. (Root reads
   * everything: CI runs this class again as an unprivileged user, .ci/opensearch-tests.)
   */
  public void testUnreadableSubfolder() throws Exception {
    assumeFalse(
        "root can read a folder without permissions",
        "root".equals(System.getProperty("user.name")));
    Path root = Path.of(createTempDir("locked").toString());
    Files.createDirectories(root.resolve("locked"));
    Files.writeString(root.resolve("locked/x.txt"), "نص", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("ok.txt"), "نص آخر", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(root.resolve("locked"), java.util.Set.of());
    try (DocumentSource s = Sources.open(root, ReadOptions.DEFAULT)) {
      DocumentReadException e = expectThrows(DocumentReadException.class, s::next);
      assertTrue(e.getMessage(), e.getMessage().contains("locked: cannot read: permission denied"));
      assertEquals("ok", s.next().id());
    } finally {
      Files.setPosixFilePermissions(
          root.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** Two files with one name in different subfolders: the second names the first. */
  public void testSameFileNameInTwoFolders() throws Exception {
    Path root = createTempDir("two");
    Files.createDirectories(root.resolve("a"));
    Files.createDirectories(root.resolve("b"));
    Files.writeString(root.resolve("a/same.txt"), "نص أول", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("b/same.txt"), "نص ثان", StandardCharsets.UTF_8);
    try (DocumentSource s = Sources.open(root, ReadOptions.DEFAULT)) {
      assertEquals("same", s.next().id());
      DocumentReadException e = expectThrows(DocumentReadException.class, s::next);
      assertTrue(e.getMessage(), e.getMessage().contains("b/same.txt"));
      assertTrue(e.getMessage(), e.getMessage().contains("a/same.txt"));
      assertNull(s.next());
    }
  }

  public void testJsonRecord() throws Exception {
    JsonRecord r =
        JsonRecord.parse(
            "{\"a\":[1,2.5,true,null,\"\\u0633\\n\"],\"b\":{},\"id\":7,\"n\":null,\"s\":\"\\u0633\"}");
    assertEquals("[1,2.5,true,null,\"س\\n\"]", r.text("a"));
    assertEquals("{}", r.text("b"));
    assertEquals("7", r.text("id"));
    assertNull(r.string("id")); // a number, not a string
    assertNull(r.text("n"));
    assertEquals("س", r.string("s"));
    assertEquals("\"س\"", r.members().get("s").json());
    // what JSON does not allow
    for (String bad :
        List.of(
            "{\"a\":}",
            "{\"a\":1} x",
            "[1]",
            "{\"a\":01}",
            "{\"a\":1,\"a\":2}",
            "{'a':1}",
            "{\"a\":1,}",
            "{".repeat(2000))) {
      JsonRecord.MalformedException e =
          expectThrows(JsonRecord.MalformedException.class, () -> JsonRecord.parse(bad));
      assertFalse(e.getMessage(), e.getMessage().contains("\n"));
    }
    JsonRecord.MalformedException e =
        expectThrows(JsonRecord.MalformedException.class, () -> JsonRecord.parse("{\"a\":}"));
    assertTrue(e.getMessage(), e.getMessage().endsWith("at column 6"));
    // Jackson's read limits carry no location: a message all the same, naming the limit
    for (String[] c :
        new String[][] {
          {"{\"a\":" + "[".repeat(1001) + "]".repeat(1001) + "}", "nesting depth"},
          {"{\"a\":" + "9".repeat(5000) + "}", "Number value length"},
          {"{\"" + "n".repeat(60_000) + "\":1}", "Name length"}
        }) {
      JsonRecord.MalformedException limit =
          expectThrows(JsonRecord.MalformedException.class, () -> JsonRecord.parse(c[0]));
      assertTrue(limit.getMessage(), limit.getMessage().contains(c[1]));
      assertFalse(limit.getMessage(), limit.getMessage().contains("StreamReadConstraints"));
    }
  }
}
