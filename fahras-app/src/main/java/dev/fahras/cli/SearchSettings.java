package dev.fahras.cli;

import dev.fahras.analysis.Synonyms;
import dev.fahras.search.Evidence;
import dev.fahras.search.SearcherConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** How the commands that search (search, serve, demo) turn their options into a searcher's. */
final class SearchSettings {
  private SearchSettings() {}

  static final String SYNONYMS_HELP =
      "Solr-format synonyms for queries, added to the index's own (the synonyms.txt of the folder"
          + " it was built from) and, with --with built_in_synonyms, the built-in set; with"
          + " --no-synonyms, used alone.";
  static final String NO_SYNONYMS_HELP =
      "Leave out the index's own synonyms and the built-in set (then only --synonyms FILE, if"
          + " given, applies).";

  static final String WITH_HELP =
      "Rank with this opt-in evidence too (repeatable, or comma-separated):"
          + " ${COMPLETION-CANDIDATES}; the README's ranking table says what each earns.";

  /**
   * The searcher configuration with the synonyms the user chose and the opt-in evidence {@code
   * with}: by default the index's own synonyms ({@code indexSynonyms}, may be null), and the
   * built-in set when {@code with} holds it; {@code file} adds to them; {@code noDefaults} leaves
   * the index's and the built-in ones out.
   */
  static SearcherConfig searchConfig(
      Path file, boolean noDefaults, String indexSynonyms, Set<Evidence> with) throws IOException {
    SearcherConfig.Builder b = SearcherConfig.builder().withEvidence(with.toArray(Evidence[]::new));
    if (file == null) return noDefaults ? b.withSynonyms(null).build() : b.build();
    if (!Files.isRegularFile(file)) throw new Main.UsageError("no synonym file at " + file);
    Map<String, String> texts = new LinkedHashMap<>();
    if (!noDefaults && indexSynonyms != null) texts.put("the index's synonyms", indexSynonyms);
    texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    boolean builtIn = !noDefaults && with.contains(Evidence.BUILT_IN_SYNONYMS);
    return b.withSynonyms(Synonyms.merged(builtIn, texts)).build();
  }
}
