package dev.fahras.opensearch;

import java.util.Set;
import java.util.TreeSet;
import org.opensearch.common.settings.Settings;

/** Parameters a definition may have, so a misspelt one fails index creation naming it. */
final class Checks {
  private Checks() {}

  /** A key OpenSearch puts into every definition's settings: type, index.version.created. */
  static boolean isEngines(String key) {
    return key.equals("type") || key.startsWith("index.");
  }

  static void only(String name, Settings settings, String... allowed) {
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeIf(Checks::isEngines);
    for (String a : allowed) {
      unknown.remove(a);
      unknown.removeIf(k -> k.startsWith(a + ".")); // list entries: stopwords.0, stopwords.1
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "[" + name + "]: unknown parameters " + unknown + "; it takes " + Set.of(allowed));
    }
  }
}
