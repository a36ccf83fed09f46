package dev.fahras.opensearch;

import dev.fahras.analysis.FahrasLightStemFilter;
import dev.fahras.analysis.FahrasLightStemmer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code fahras_light_stem}: {@link FahrasLightStemFilter}; {@code alternatives} (default true),
 * {@code protected} or {@code protected_path} replacing the default protected words.
 */
final class LightStemTokenFilterFactory extends AbstractTokenFilterFactory {
  private final FahrasLightStemmer stemmer;
  private final boolean alternatives;

  LightStemTokenFilterFactory(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, name, settings);
    Checks.only(name, settings, "alternatives", "protected", "protected_path");
    this.alternatives = settings.getAsBoolean("alternatives", true);
    CharArraySet words = WordLists.protectedWords(env, name, settings);
    this.stemmer = words == null ? new FahrasLightStemmer() : new FahrasLightStemmer(words);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new FahrasLightStemFilter(tokenStream, stemmer, alternatives);
  }
}
