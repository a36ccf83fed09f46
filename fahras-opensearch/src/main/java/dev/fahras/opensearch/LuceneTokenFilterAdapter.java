package dev.fahras.opensearch;

import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * One of Fahras's Lucene token filter factories, created from the filter's settings: the plugin
 * wraps the library's factories, it never forks them.
 */
final class LuceneTokenFilterAdapter extends AbstractTokenFilterFactory {
  private final TokenFilterFactory lucene;
  private final boolean appliesToSynonymRules;

  LuceneTokenFilterAdapter(
      IndexSettings indexSettings,
      String name,
      Settings settings,
      Function<Map<String, String>, TokenFilterFactory> factory,
      boolean appliesToSynonymRules) {
    super(indexSettings, name, settings);
    try {
      this.lucene = factory.apply(SettingsArgs.of(settings));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("filter [" + name + "]: " + e.getMessage(), e);
    }
    this.appliesToSynonymRules = appliesToSynonymRules;
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return lucene.create(tokenStream);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return lucene.normalize(tokenStream);
  }

  /** Synonym rules before this filter are read as the library reads them (Synonyms). */
  @Override
  public org.opensearch.index.analysis.TokenFilterFactory getSynonymFilter() {
    return appliesToSynonymRules ? this : IDENTITY_FILTER;
  }
}
