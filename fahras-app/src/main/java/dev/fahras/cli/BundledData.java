package dev.fahras.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reports and eval sets the jar carries, copied out for commands that read files. */
final class BundledData {
  private BundledData() {}

  /** The bundled reports, copied out of the jar into a temporary folder. */
  static Path extractCorpus() throws IOException {
    Path dir = Files.createTempDirectory("fahras-demo");
    dir.toFile().deleteOnExit();
    String manifest = resource("manifest.tsv");
    Files.writeString(dir.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
    dir.resolve("manifest.tsv").toFile().deleteOnExit();
    Files.writeString(
        dir.resolve("synonyms.txt"), resource("synonyms.txt"), StandardCharsets.UTF_8);
    dir.resolve("synonyms.txt").toFile().deleteOnExit();
    for (String line : manifest.split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) continue;
      String file = line.substring(0, line.indexOf('\t'));
      Files.writeString(dir.resolve(file), resource(file), StandardCharsets.UTF_8);
      dir.resolve(file).toFile().deleteOnExit();
    }
    return dir;
  }

  /**
   * A bundled file (e.g. {@code eval/queries.jsonl}), copied out of the jar into a temporary file.
   */
  static Path extractResource(String name) throws IOException {
    Path file = Files.createTempFile("fahras-", "-" + name.substring(name.lastIndexOf('/') + 1));
    file.toFile().deleteOnExit();
    Files.writeString(file, resource(name), StandardCharsets.UTF_8);
    return file;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BundledData.class.getResourceAsStream("/dev/fahras/demo/" + name)) {
      if (in == null)
        throw new IOException(
            "the bundled corpus is missing from the jar (" + name + "); rebuild with mvn package");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
