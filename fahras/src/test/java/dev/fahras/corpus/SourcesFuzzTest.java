package dev.fahras.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes as a JSON Lines file, and as a folder's manifest.tsv: each record is a document or a
 * {@link DocumentReadException} that names the file (and line), and reading goes on after it. Seeds
 * in {@code SourcesFuzzTestInputs/}.
 */
class SourcesFuzzTest {
  private static final ReadOptions OPTIONS = new ReadOptions(false, 1 << 16);

  @FuzzTest(maxDuration = "30s")
  void jsonLinesRecordsOrNamedErrors(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-jsonl");
    Path file = dir.resolve("in.jsonl");
    try {
      Files.write(file, input);
      try (DocumentSource source = Sources.open(file, OPTIONS)) {
        readAll(source, file, input.length);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void manifestRowsOrNamedErrors(FuzzedDataProvider data) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-folder");
    Path manifest = dir.resolve("manifest.tsv");
    Path text = dir.resolve("a.txt");
    try {
      Files.writeString(text, "نص الوثيقة", StandardCharsets.UTF_8);
      byte[] bytes = data.consumeRemainingAsBytes();
      Files.write(manifest, bytes);
      DocumentSource source;
      try {
        source = Sources.open(dir, OPTIONS);
      } catch (DocumentReadException e) {
        assertTrue(e.getMessage().startsWith(manifest.toString()), e.getMessage());
        return;
      }
      try (source) {
        readAll(source, dir, 4);
      }
    } finally {
      Files.deleteIfExists(manifest);
      Files.deleteIfExists(text);
      Files.deleteIfExists(dir);
    }
  }

  /** Every record: a document with an id and text, or an error naming where; never a loop. */
  private static void readAll(DocumentSource source, Path where, int maxRecords)
      throws IOException {
    for (int i = 0; i <= maxRecords + 1; i++) {
      try {
        SourceDocument d = source.next();
        if (d == null) return;
        assertFalse(d.id().isBlank());
        assertNotNull(d.text());
      } catch (DocumentReadException e) {
        assertTrue(e.getMessage().startsWith(where.toString()), e.getMessage());
      }
    }
    throw new AssertionError("the source did not end");
  }
}
