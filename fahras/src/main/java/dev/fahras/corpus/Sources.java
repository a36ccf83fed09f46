package dev.fahras.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the right {@link DocumentSource} for a path. */
public final class Sources {
  private Sources() {}

  /**
   * A folder becomes a {@link FolderSource}; a {@code .jsonl}/{@code .ndjson}/{@code .json} file a
   * {@link JsonLinesSource}.
   */
  public static DocumentSource open(Path path, ReadOptions options) throws IOException {
    if (Files.isDirectory(path)) return new FolderSource(path, options);
    if (!Files.exists(path)) {
      throw new DocumentReadException(path.toString(), "no such file or folder");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return new JsonLinesSource(path, options);
    }
    throw new DocumentReadException(
        path.toString(),
        "not a folder of .txt files or a JSON Lines file (.jsonl); see the README for input formats");
  }
}
