package dev.fahras.opensearch;

import dev.fahras.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;

/** What the cluster tests and the cluster benchmark share: the shipped files and the export. */
final class ClusterFixtures {
  private ClusterFixtures() {}

  /** `fahras export` of {@code corpus} into {@code index}, as bulk NDJSON. */
  static byte[] export(Path corpus, String index) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"export", "--input", corpus.toString(), "--index", index},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 0)
      throw new AssertionError("export failed: " + err.toString(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A JSON file (the shipped templates) as a map. */
  static Map<String, Object> json(Path file) throws IOException {
    try (XContentParser p =
        JsonXContent.jsonXContent.createParser(
            NamedXContentRegistry.EMPTY,
            DeprecationHandler.THROW_UNSUPPORTED_OPERATION,
            Files.readString(file, StandardCharsets.UTF_8))) {
      return p.map();
    }
  }

  /**
   * The mustache source of a stored search template file: a string, as its conditional sections
   * ({@code {{#more}}}) are not JSON.
   */
  @SuppressWarnings("unchecked")
  static String templateSource(Path file) throws IOException {
    return (String) ((Map<String, Object>) json(file).get("script")).get("source");
  }

  /** An index template file's settings and mappings, for creating one index as it says. */
  record IndexTemplate(Map<String, Object> settings, Map<String, Object> mappings) {}

  @SuppressWarnings("unchecked")
  static IndexTemplate indexTemplate(Path file) throws IOException {
    Map<String, Object> body = (Map<String, Object>) json(file).get("template");
    return new IndexTemplate(
        (Map<String, Object>) body.get("settings"), (Map<String, Object>) body.get("mappings"));
  }

  /** The passage fields on the engine's {@code arabic} analyzer: what Fahras is compared with. */
  static final String[] ARABIC_MAPPING = {
    "text", "type=text,analyzer=arabic",
    "title", "type=text,analyzer=arabic",
    "doc_id", "type=keyword",
    "source", "type=keyword"
  };
}
