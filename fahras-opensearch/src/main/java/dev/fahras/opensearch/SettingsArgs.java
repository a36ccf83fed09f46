package dev.fahras.opensearch;

import java.util.HashMap;
import java.util.Map;
import org.opensearch.common.settings.Settings;

/** An OpenSearch filter definition's parameters as a Lucene factory's arguments. */
final class SettingsArgs {
  private SettingsArgs() {}

  /**
   * {@code presentation_forms: false} → {@code presentationForms=false}; {@code type} and {@code
   * index.*} keys are OpenSearch's own. The Lucene factory rejects what it does not know, naming
   * it.
   */
  static Map<String, String> of(Settings settings) {
    Map<String, String> args = new HashMap<>();
    for (String key : settings.keySet()) {
      if (Checks.isEngines(key)) continue;
      args.put(camel(key), settings.get(key));
    }
    return args;
  }

  private static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}
