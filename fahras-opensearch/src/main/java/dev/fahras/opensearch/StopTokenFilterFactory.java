package dev.fahras.opensearch;

import dev.fahras.analysis.FahrasStopFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code fahras_stop}: {@link FahrasStopFilter} with {@code stopwords} (inline, {@code _fahras_} or
 * {@code _none_}) or {@code stopwords_path}; the library's set by default.
 */
final class StopTokenFilterFactory extends AbstractTokenFilterFactory {
  private final CharArraySet stopwords;

  StopTokenFilterFactory(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, name, settings);
    Checks.only(name, settings, "stopwords", "stopwords_path");
    this.stopwords = WordLists.stopwords(env, name, settings);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new FahrasStopFilter(tokenStream, stopwords);
  }
}
