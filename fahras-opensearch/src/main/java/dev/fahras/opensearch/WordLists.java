package dev.fahras.opensearch;

import dev.fahras.analysis.ArabicWordSets;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.Analysis;

/**
 * Word lists the way OpenSearch reads {@code stopwords}: inline ({@code [a, b]}), a named list
 * ({@code _fahras_}, {@code _none_}), or {@code <key>_path} relative to the node's config folder;
 * normalized like the text they are compared with.
 */
final class WordLists {
  private WordLists() {}

  /** The stopwords a definition asks for, or the library's default set. */
  static CharArraySet stopwords(Environment env, String name, Settings settings) {
    try {
      CharArraySet words =
          Analysis.parseWords(
              env,
              settings,
              "stopwords",
              ArabicWordSets.defaultStopwords(),
              Map.of("_fahras_", Set.copyOf(ArabicWordSets.defaultStopwords())),
              false);
      return ArabicWordSets.normalizedSet(words);
    } catch (RuntimeException e) {
      throw named(name, settings, "stopwords_path", e);
    }
  }

  /**
   * The protected words a definition gives ({@code protected}, {@code protected_path}), or null.
   */
  static CharArraySet protectedWords(Environment env, String name, Settings settings) {
    try {
      CharArraySet words = Analysis.getWordSet(env, settings, "protected");
      return words == null ? null : ArabicWordSets.normalizedSet(words);
    } catch (RuntimeException e) {
      throw named(name, settings, "protected_path", e);
    }
  }

  /** The engine's message about a word list, with the definition and the file it names. */
  private static IllegalArgumentException named(
      String name, Settings settings, String pathKey, RuntimeException e) {
    String path = settings.get(pathKey);
    return new IllegalArgumentException(
        "["
            + name
            + "]: "
            + e.getMessage()
            + (path == null
                ? ""
                : " (" + pathKey + " " + path + ", relative to the node's config folder)"),
        e);
  }
}
