package dev.fahras.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.tests.util.LuceneTestCase;

// a writer refuses a folder holding files no index wrote, and ExtrasFS plants such files
@LuceneTestCase.SuppressFileSystems("ExtrasFS")
public class TestCommandLine extends LuceneTestCase {
  private String out;
  private String err;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  public void testAnalyzeJson() {
    assertEquals(0, run("analyze", "--json", "وَالْكِتَابُ", "٢٠٢٢"));
    assertEquals(
        "{\"tokens\":[{\"term\":\"كتاب\",\"position\":0,\"start\":0,\"end\":12,\"original\":\"وَالْكِتَابُ\",\"type\":\"<ALPHANUM>\"},"
            + "{\"term\":\"2022\",\"position\":1,\"start\":13,\"end\":17,\"original\":\"٢٠٢٢\",\"type\":\"<NUM>\"}]}",
        out.strip());
  }

  public void testIndexSearchJsonAndBatch() throws Exception {
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", "testdata", "--index", index.toString()));
    assertTrue(out, out.startsWith("indexed 5 documents, "));
    assertEquals(
        err, 0, run("search", "--index", index.toString(), "--json", "--limit", "2", "مسئول"));
    assertTrue(out, out.startsWith("{\"query\":\"مسئول\",\"total\":"));
    assertTrue(out, out.contains("\"hits\":[{\"rank\":1,\"docId\":"));
    assertTrue(out, out.contains("\"highlights\":[["));
    Path batch = createTempDir().resolve("q.jsonl");
    Files.writeString(
        batch,
        "{\"id\":\"a\",\"q\":\"374\"}\n{\"id\":7,\"q\":\"مخيم الهول\"}\n",
        StandardCharsets.UTF_8);
    assertEquals(err, 0, run("search", "--index", index.toString(), "--batch", batch.toString()));
    String[] lines = out.strip().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0], lines[0].startsWith("{\"id\":\"a\",\"hits\":[{\"rank\":1,"));
    assertTrue(lines[1], lines[1].startsWith("{\"id\":7,\"hits\":["));
    // human output: one hit per block, highlights marked
    assertEquals(0, run("search", "--index", index.toString(), "--limit", "1", "داعـــش"));
    assertTrue(out, out.contains("⟦"));
    assertEquals(0, run("documents", "--index", index.toString(), "--boilerplate", "--doc", "004"));
    assertTrue(out, out.contains("| ادعم عنب بلدي"));
    assertTrue(out, out.matches("(?s)004\t.*\t[1-9][0-9]* passages\t.*"));

    // synonyms: a user's file adds to the index's own, and to the built-in set when that is on
    // (--with built_in_synonyms); --no-synonyms leaves both out
    Path mine = createTempDir().resolve("mine.txt");
    Files.writeString(mine, "تل أبيض, كري سبي\n", StandardCharsets.UTF_8);
    assertEquals(
        err,
        0,
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--synonyms",
            mine.toString(),
            "كري سبي"));
    assertTrue(out, out.contains("تل أبيض"));
    assertEquals(
        err,
        0,
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--synonyms",
            mine.toString(),
            "الأكراد"));
    // the built-in set is opt-in: as typed the query finds nothing, and is searched as the
    // spelling the passages use instead, which says so
    assertTrue(out, out.contains("\"noticeCode\":\"spelling\",\"readAs\":\"الكرد\""));
    assertEquals(
        err,
        0,
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--with",
            "built_in_synonyms",
            "--synonyms",
            mine.toString(),
            "الأكراد"));
    assertTrue(out, out.contains("الكرد")); // from the built-in set
    assertEquals(
        err,
        0,
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--no-synonyms",
            "--synonyms",
            mine.toString(),
            "الأكراد"));
    // no synonyms: as typed nothing, and the spelling the passages use is searched instead
    assertTrue(out, out.contains("\"noticeCode\":\"spelling\""));
  }

  /**
   * An index is never written where a user's files are: the input folder, a folder inside it, or a
   * folder holding other files (Lucene deletes files named like its own, {@code _intro.txt} among
   * them). Every file is left as it was.
   */
  public void testIndexFolderOfItsOwn() throws Exception {
    Path d = createTempDir().resolve("d");
    Files.createDirectories(d);
    try (var reports = Files.newDirectoryStream(Path.of("testdata"), "000_*.txt")) {
      for (Path r : reports) Files.copy(r, d.resolve(r.getFileName().toString()));
    }
    for (String name : new String[] {"_intro.txt", "_notes.txt", "_draft_v2.docx"}) {
      Files.writeString(d.resolve(name), "نص", StandardCharsets.UTF_8);
    }
    long before;
    try (var files = Files.list(d)) {
      before = files.count();
    }
    assertEquals(err, 2, run("index", "--input", d.toString(), "--index", d.toString()));
    assertTrue(err, err.contains("is the input folder or lies inside it"));
    assertEquals(
        err, 2, run("index", "--input", d.toString(), "--index", d.resolve("idx").toString()));
    assertTrue(err, err.contains("is the input folder or lies inside it"));

    Path other = createTempDir().resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("_intro.txt"), "نص", StandardCharsets.UTF_8);
    Files.writeString(other.resolve("notes.md"), "x", StandardCharsets.UTF_8);
    assertEquals(err, 1, run("index", "--input", d.toString(), "--index", other.toString()));
    assertTrue(err, err.contains("holds files that are not part of an index (_intro.txt, "));
    assertTrue(err, err.contains("notes.md"));
    assertTrue(Files.exists(other.resolve("_intro.txt")));
    assertEquals(err, 1, run("delete", "--index", other.toString(), "x"));
    assertTrue(Files.exists(other.resolve("_intro.txt")));
    try (var files = Files.list(d)) {
      assertEquals(before, files.count());
    }
    for (String name : new String[] {"_intro.txt", "_notes.txt", "_draft_v2.docx"}) {
      assertTrue(name, Files.exists(d.resolve(name)));
    }

    // an index folder is indexed into again, and a user's file dropped into it is refused
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", d.toString(), "--index", index.toString()));
    assertEquals(err, 0, run("index", "--input", d.toString(), "--index", index.toString()));
    Files.writeString(index.resolve("_readme.txt"), "x", StandardCharsets.UTF_8);
    assertEquals(err, 1, run("index", "--input", d.toString(), "--index", index.toString()));
    assertTrue(err, err.contains("(_readme.txt)"));
    assertTrue(Files.exists(index.resolve("_readme.txt")));
  }

  /**
   * Jackson's read limits are errors like any other: the line is named, skipped under skip, and the
   * documents after it are indexed; a batch of queries reports a bad line and goes on.
   */
  public void testJsonLimitsAndBadBatchLines() throws Exception {
    Path dir = createTempDir();
    Path file = dir.resolve("hostile.jsonl");
    String ok = "{\"id\":\"%s\",\"source\":\"s\",\"text\":\"هاجم التنظيم السجن\"}\n";
    Files.writeString(
        file,
        String.format(java.util.Locale.ROOT, ok, "a")
            + "{\"id\":\"deep\",\"x\":"
            + "[".repeat(1000)
            + "]".repeat(1000)
            + "}\n"
            + "{\"id\":\"num\",\"x\":"
            + "9".repeat(5000)
            + "}\n"
            + "{\""
            + "n".repeat(60_000)
            + "\":1}\n"
            + String.format(java.util.Locale.ROOT, ok, "b"),
        StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    assertEquals(
        err,
        0,
        run(
            "index",
            "--input",
            file.toString(),
            "--index",
            index.toString(),
            "--on-error",
            "skip"));
    assertTrue(out, out.startsWith("indexed 2 documents"));
    for (int line = 2; line <= 4; line++) assertTrue(err, err.contains("hostile.jsonl:" + line));
    assertFalse(err, err.contains("Cannot invoke") || err.contains("StreamReadConstraints"));

    Path batch = dir.resolve("q.jsonl");
    Files.writeString(
        batch,
        "{\"id\":1,\"q\":\"السجن\"}\n{oops\n{\"id\":3}\n{\"id\":4,\"q\":\"التنظيم\"}\n",
        StandardCharsets.UTF_8);
    assertEquals(1, run("search", "--index", index.toString(), "--batch", batch.toString()));
    String[] lines = out.strip().split("\n");
    assertEquals(out, 4, lines.length);
    assertTrue(lines[1], lines[1].contains("\"error\":\"line 2: malformed JSON"));
    assertTrue(
        lines[2], lines[2].startsWith("{\"id\":3,") && lines[2].contains("line 3: expected"));
    assertTrue(lines[3], lines[3].startsWith("{\"id\":4,\"hits\":[{"));
    assertTrue(err, err.contains("2 of 4 queries failed"));
  }

  /**
   * A disk that fills up while indexing: one message saying what the index keeps and what to do, no
   * stack trace, and nothing left behind but the last commit's files (a tmpfs of 1 MB; skipped
   * where this user cannot mount one).
   */
  public void testDiskFull() throws Exception {
    Path mount = createTempDir().resolve("small");
    Files.createDirectories(mount);
    assumeTrue("needs root to mount a tmpfs", mountTmpfs(mount, "1m"));
    try {
      Path input = createTempDir().resolve("big.jsonl");
      StringBuilder lines = new StringBuilder();
      java.util.Random random = new java.util.Random(1);
      for (int i = 0; i < 3000; i++) {
        lines.append("{\"id\":\"d").append(i).append("\",\"text\":\"");
        for (int w = 0; w < 60; w++) {
          lines.append("كلمة").append(Integer.toString(random.nextInt(1_000_000), 36)).append(' ');
        }
        lines.append("\"}\n");
      }
      Files.writeString(input, lines, StandardCharsets.UTF_8);
      Path index = mount.resolve("idx");
      assertEquals(
          err,
          1,
          run(
              "index",
              "--input",
              input.toString(),
              "--index",
              index.toString(),
              "--commit-every",
              "500"));
      assertTrue(err, err.contains("is full (No space left on device)"));
      assertTrue(err, err.contains("run the same command again"));
      assertFalse(err, err.contains("\tat "));
      assertEquals(err, 1, err.strip().lines().count());
      // only the last commit's files (and the lock) remain
      if (Files.exists(index)) {
        try (org.apache.lucene.store.Directory dir =
            org.apache.lucene.store.FSDirectory.open(index)) {
          java.util.Set<String> kept = new java.util.HashSet<>();
          if (org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
            kept.addAll(org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).files(true));
          }
          kept.add("write.lock");
          for (String f : dir.listAll()) assertTrue(f + " left behind", kept.contains(f));
        }
      }
    } finally {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }
  }

  private static boolean mountTmpfs(Path at, String size) {
    try {
      Process p =
          new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A locked or damaged index is named as such, with what to do, not as Lucene words it. */
  public void testLockedAndDamagedIndex() throws Exception {
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", "testdata", "--index", index.toString()));
    try (var writer =
        dev.fahras.index.FahrasIndexWriter.open(index, dev.fahras.index.IndexConfig.defaults())) {
      assertEquals(1, run("index", "--input", "testdata", "--index", index.toString()));
      assertTrue(err, err.contains("the index is in use: another fahras index or delete"));
      assertFalse(err, err.contains("Lock held"));
    }
    try (var files = Files.list(index)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".si")).toList()) {
        byte[] bytes = Files.readAllBytes(f);
        bytes[bytes.length - 3] ^= 0x55; // the checksum no longer matches
        Files.write(f, bytes);
      }
    }
    assertEquals(1, run("search", "--index", index.toString(), "السجن"));
    assertTrue(err, err.contains("the index is damaged"));
    assertTrue(err, err.contains("CheckIndex"));
  }

  /**
   * Escape sequences and bidi overrides stored in an id, a title or a text reach the terminal as
   * codes, never raw; a title with a tab or a line break keeps the documents listing one row each.
   */
  public void testStoredControlCharactersAreShownAsCodes() throws Exception {
    Path dir = createTempDir();
    Path file = dir.resolve("evil.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x\\u001b[2J\",\"source\":\"s\\u202e\",\"title\":\"a\\tb\\nc\","
            + "\"text\":\"هاجم التنظيم \\u001b]0;owned\\u0007السجن \\u202eفي الحسكة\"}\n",
        StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    assertEquals(err, 0, run("index", "--input", file.toString(), "--index", index.toString()));
    assertEquals(err, 0, run("search", "--index", index.toString(), "السجن"));
    assertTrue(out, out.contains("\\u001B[2J") && out.contains("\\u202E"));
    assertFalse(out, out.contains("\u001b") || out.contains("\u202e") || out.contains("\u0007"));
    assertEquals(err, 0, run("documents", "--index", index.toString()));
    assertFalse(out, out.contains("\u001b") || out.contains("\u202e"));
    assertEquals(out, 2, out.strip().lines().count()); // one row, and the summary
    assertTrue(out, out.contains("a\\u0009b\\u000Ac"));
  }

  /** An upper-case .TXT is a text file too; a folder with nothing to index says so, exit 1. */
  public void testTxtCaseAndEmptyFolder() throws Exception {
    Path dir = createTempDir().resolve("upper");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("REPORT.TXT"), "هاجم التنظيم السجن", StandardCharsets.UTF_8);
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", dir.toString(), "--index", index.toString()));
    assertTrue(out, out.startsWith("indexed 1 documents"));
    Path empty = createTempDir().resolve("empty");
    Files.createDirectories(empty);
    Files.writeString(empty.resolve("notes.md"), "x", StandardCharsets.UTF_8);
    Path other = createTempDir().resolve("idx2");
    assertEquals(1, run("index", "--input", empty.toString(), "--index", other.toString()));
    assertTrue(err, err.contains("holds no .txt file to index"));
  }

  /** suggest: completions of the last word, in text and JSON; search offers corrections. */
  public void testSuggestAndDidYouMean() throws Exception {
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", "testdata", "--index", index.toString()));
    assertEquals(err, 0, run("suggest", "--index", index.toString(), "سجن", "وبالحس"));
    assertTrue(out, out.startsWith("سجن وبالحسكة\t"));
    assertEquals(err, 0, run("suggest", "--index", index.toString(), "--json", "داع"));
    assertTrue(out, out.startsWith("{\"prefix\":\"داع\",\"suggestions\":[{\"text\":\"داعش\""));
    assertEquals(err, 0, run("suggest", "--index", index.toString(), "ظظظ"));
    assertTrue(out, out.contains("no completion of 'ظظظ'"));
    assertEquals(2, run("suggest", "--index", index.toString(), "--limit", "0", "داع"));
    assertEquals(err, 0, run("search", "--index", index.toString(), "قوات سوريا الدموقراطية"));
    assertTrue(out, out.contains("did you mean: قوات سوريا الديمقراطية"));
    assertEquals(err, 0, run("search", "--index", index.toString(), "Ghwayran"));
    assertTrue(out, out.contains("read as: غويران"));
  }

  /** compare: what other outlets say of a passage, in text and JSON; bad ids are named. */
  public void testCompare() throws Exception {
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", "testdata", "--index", index.toString()));
    assertEquals(
        err, 0, run("compare", "--index", index.toString(), "--doc", "000", "--passage", "15"));
    assertTrue(out, out.startsWith("000#15\n"));
    assertTrue(out, out.contains("same fact  003#9  Kurdish administration-aligned agency"));
    assertEquals(
        err,
        0,
        run("compare", "--index", index.toString(), "--doc", "000", "--passage", "15", "--json"));
    assertTrue(
        out,
        out.startsWith(
            "{\"docId\":\"000\",\"passage\":15,\"counterparts\":[{\"kind\":\"same fact\",\"overlap\":"));
    assertEquals(err, 0, run("compare", "--index", index.toString(), "--doc", "004", "--json"));
    assertEquals(out, 17, out.strip().lines().count()); // one line per passage of 004
    assertEquals(1, run("compare", "--index", index.toString(), "--doc", "nope"));
    assertTrue(err, err.contains("no document with id 'nope'"));
    assertEquals(
        1, run("compare", "--index", index.toString(), "--doc", "000", "--passage", "999"));
    assertTrue(err, err.contains("has passages 0 to 25, not 999"));
  }

  /**
   * quotes and figures: a pasted sentence found whole, figures as JSON numbers; bad input named.
   */
  public void testQuotesAndFigures() throws Exception {
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", "testdata", "--index", index.toString()));
    String sentence = "بدا الهجوم بتفجير سيارة مفخخة كانت متجهة الى بوابة السجن الرئيسة";
    assertEquals(err, 0, run("quotes", "--index", index.toString(), sentence));
    assertTrue(out, out.contains("003  Kurdish administration-aligned agency  whole  100%"));
    assertTrue(out, out.contains("⟦بدأ الهجوم"));
    Path file = createTempDir().resolve("quote.txt");
    Files.writeString(file, sentence, StandardCharsets.UTF_8);
    assertEquals(
        err, 0, run("quotes", "--index", index.toString(), "--json", "--file", file.toString()));
    assertTrue(out, out.startsWith("{\"documents\":"));
    assertEquals(1, run("quotes", "--index", index.toString(), "في السجن"));
    assertTrue(err, err.contains("a quote needs 3"));
    assertEquals(2, run("quotes", "--index", index.toString(), "--file", file.toString(), "نص"));
    assertEquals(2, run("quotes", "--index", index.toString(), "--file", "/no/such/file"));
    assertTrue(err, err.contains("--file: no such file"));
    assertEquals(err, 0, run("figures", "--index", index.toString(), "--json", "كم عدد قتلى داعش"));
    assertTrue(out, out.contains("{\"value\":374,\"disputed\":true,"));
    assertEquals(err, 0, run("figures", "--index", index.toString(), "كم عدد قتلى داعش"));
    assertTrue(out, out.startsWith("374  disputed  "));
  }

  public void testJsonLinesInput() throws Exception {
    Path dir = createTempDir();
    Path file = dir.resolve("news.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x1\",\"source\":\"وكالة\",\"text\":\"هاجم التنظيم السجن\"}\n{oops\n",
        StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    assertEquals(1, run("index", "--input", file.toString(), "--index", index.toString()));
    assertTrue(err, err.contains("news.jsonl:2"));
    assertFalse(err, err.contains("at dev.fahras"));
    assertEquals(
        0,
        run(
            "index",
            "--input",
            file.toString(),
            "--index",
            index.toString(),
            "--on-error",
            "skip"));
    assertTrue(out, out.contains("1 errors"));
    assertEquals(0, run("search", "--index", index.toString(), "--json", "السجن"));
    assertTrue(out, out.contains("\"docId\":\"x1\""));
  }

  public void testErrorsAndUsage() throws Exception {
    assertEquals(2, run("search"));
    assertEquals(2, run("nonsense"));
    assertEquals(0, run("search", "--help"));
    assertTrue(out, out.contains("--index"));
    Path missing = createTempDir().resolve("none");
    assertEquals(1, run("search", "--index", missing.toString(), "سجن"));
    assertTrue(err, err.startsWith("fahras search: no index at "));
    assertTrue(err, err.contains("build one first: fahras index --input PATH --index DIR"));
    assertFalse(err, err.contains("\tat "));
    assertEquals(1, run("index", "--input", missing.toString(), "--index", missing.toString()));
    assertTrue(err, err.contains("no such file or folder"));
    Path index = createTempDir().resolve("i");
    run("index", "--input", "testdata", "--index", index.toString());
    assertEquals(2, run("search", "--index", index.toString(), "--advanced", "title:(سجن"));
    assertTrue(err, err.contains("syntax error"));
    assertEquals(
        2, run("index", "--input", "testdata", "--index", index.toString(), "--on-error", "maybe"));
    // the library's option names become the command's flags
    assertEquals(2, run("search", "--index", index.toString(), "--per-doc", "0", "سجن"));
    assertTrue(err, err.contains("--per-doc must be at least 1"));
    assertEquals(2, run("search", "--index", index.toString(), "--rerank-depth", "0", "سجن"));
    assertTrue(err, err.contains("--rerank-depth must be 1..100000"));
    assertEquals(0, run("search", "--index", index.toString(), "--rerank-depth", "5", "سجن"));
    assertEquals(2, run("search", "--index", index.toString(), "--limit", "0", "سجن"));
    assertTrue(err, err.contains("--limit must be 1..1000"));
  }

  /** A folder's stopwords.txt, protwords.txt and synonyms.txt apply without flags. */
  public void testFolderConfigurationApplies() throws Exception {
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", "testdata", "--index", index.toString()));
    // testdata/synonyms.txt: كري سبي = تل أبيض, kept with the index
    assertEquals(err, 0, run("search", "--index", index.toString(), "--json", "كري سبي"));
    assertTrue(out, out.contains("تل أبيض"));

    Path folder = createTempDir().resolve("corpus");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("a.txt"), "اجتمع المجلس البلدي اليوم في القاعة الكبرى");
    Files.writeString(folder.resolve("stopwords.txt"), "# ours\nاليوم\n");
    Files.writeString(folder.resolve("protwords.txt"), "البلدي\n");
    Path mine = createTempDir().resolve("mine");
    assertEquals(err, 0, run("index", "--input", folder.toString(), "--index", mine.toString()));
    assertEquals(err, 0, run("search", "--index", mine.toString(), "--json", "اليوم"));
    assertTrue(out, out.contains("\"noticeCode\":\"only-stopwords\""));
    // the same folder without its lists now builds another configuration: refused, not mixed
    Files.delete(folder.resolve("stopwords.txt"));
    assertEquals(1, run("index", "--input", folder.toString(), "--index", mine.toString()));
    assertTrue(err, err.contains("another configuration"));
  }

  /** export writes the passages index would make, as bulk requests: an action line per passage. */
  public void testExportBulk() throws Exception {
    assertEquals(err, 0, run("export", "--input", "testdata", "--index", "p"));
    String[] lines = out.split("\n");
    assertTrue(err, err.contains("exported 5 documents, 87 passages"));
    assertEquals(2 * 87, lines.length);
    assertEquals("{\"index\":{\"_index\":\"p\",\"_id\":\"000#0\"}}", lines[0]);
    assertTrue(lines[1], lines[1].startsWith("{\"doc_id\":\"000\",\"ordinal\":0,\"text\":"));
    Path dir = createTempDir().resolve("bulk");
    assertEquals(
        err,
        0,
        run("export", "--input", "testdata", "--output", dir.toString(), "--chunk-mb", "1"));
    assertTrue(Files.isRegularFile(dir.resolve("bulk-00000.ndjson")));
    // a second export into the same folder would leave the first one's chunks to be loaded too
    Files.writeString(dir.resolve("bulk-00007.ndjson"), "{}\n", StandardCharsets.UTF_8);
    assertEquals(2, run("export", "--input", "testdata", "--output", dir.toString()));
    assertTrue(err, err.contains("already holds 2 bulk-*.ndjson file(s) of an earlier export"));
    assertTrue(Files.exists(dir.resolve("bulk-00007.ndjson")));
    assertEquals(2, run("export", "--input", "testdata", "--format", "csv"));
  }

  /** What a hostile tester found: each answer says what is wrong, with the usage code. */
  public void testHostileArguments() throws Exception {
    Path index = createTempDir().resolve("idx");
    assertEquals(err, 0, run("index", "--input", "testdata", "--index", index.toString()));
    // a failed query in a batch: its line says so, stderr counts them, exit 1
    Path batch = createTempDir().resolve("q.jsonl");
    Files.writeString(
        batch,
        "{\"id\":1,\"q\":\"السجن\"}\n{\"id\":2,\"q\":\"" + "س".repeat(1200) + "\"}\n",
        StandardCharsets.UTF_8);
    assertEquals(1, run("search", "--index", index.toString(), "--batch", batch.toString()));
    assertTrue(err, err.contains("1 of 2 queries failed"));
    assertTrue(err, err.contains(":2: the query is 1200 characters long"));
    assertEquals(2, run("search", "--index", index.toString(), "--batch", "/nonexistent.jsonl"));
    assertTrue(err, err.contains("no such file: /nonexistent.jsonl"));
    // delete says what was not there
    assertEquals(1, run("delete", "--index", index.toString(), "000", "no-such-id"));
    assertTrue(out, out.contains("deleted 1 document(s)"));
    assertTrue(err, err.contains("not in the index: no-such-id"));
    // numbers out of range are usage errors in the command's words
    assertEquals(2, run("bench", "analysis", "--mb", "0"));
    assertTrue(err, err.contains("--mb must be at least 1"));
    assertEquals(
        2, run("index", "--input", "testdata", "--index", index.toString(), "--threads", "100000"));
    assertTrue(err, err.contains("--threads must be 1.."));
    assertEquals(2, run("search", "--index", index.toString(), "--per-source", "-1", "سجن"));
    assertTrue(err, err.contains("--per-source"));
    // a first word excluded with - reads as an option: the message says how to write it
    assertEquals(2, run("search", "--index", index.toString(), "-الحسكة", "السجن"));
    assertTrue(err, err.contains("put -- before the query"));
    assertEquals(err, 0, run("search", "--index", index.toString(), "--", "-الحسكة", "السجن"));
    Path file = createTempDir().resolve("a-file");
    Files.writeString(file, "x");
    assertEquals(2, run("index", "--input", "testdata", "--index", file.toString()));
    assertTrue(err, err.contains("is a file; give a folder"));
    assertEquals(2, run("eval", "--corpus", "/nonexistent"));
    assertTrue(err, err.contains("no such file or folder: /nonexistent"));
    assertEquals(2, run("eval", "--without", "proximity"));
    assertTrue(err, err.contains("exact_forms") || err.contains("EXACT_FORMS"));
  }

  /** Bad input is reported with this command's remedy (a flag), not the library's option name. */
  public void testRemedyInFlags() throws Exception {
    Path dir = createTempDir().resolve("in");
    Files.createDirectories(dir);
    Files.write(dir.resolve("bad.txt"), new byte[] {'a', ' ', (byte) 0xC3, '(', '\n'});
    Path index = createTempDir().resolve("idx");
    assertEquals(1, run("index", "--input", dir.toString(), "--index", index.toString()));
    assertTrue(err, err.contains("invalid UTF-8 at byte offset 2"));
    assertTrue(err, err.contains("--replace-invalid"));
    assertFalse(err, err.contains("ReadOptions"));
  }
}
