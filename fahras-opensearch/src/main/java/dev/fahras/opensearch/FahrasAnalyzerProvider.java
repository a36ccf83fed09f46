package dev.fahras.opensearch;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * {@code fahras_arabic} (the library's default chain, stemmed), {@code fahras_arabic_exact}
 * (normalized, not stemmed) and the two stopwords-only chains, {@code fahras_arabic_stopwords} for
 * the index (with bare readings: ومن is also من) and {@code fahras_arabic_stopwords_query}; {@code
 * stopwords}/{@code stopwords_path} and {@code protected}/{@code protected_path} replace the
 * library's lists.
 */
final class FahrasAnalyzerProvider extends AbstractIndexAnalyzerProvider<FahrasArabicAnalyzer> {
  private final FahrasArabicAnalyzer analyzer;

  FahrasAnalyzerProvider(
      IndexSettings indexSettings,
      Environment env,
      String name,
      Settings settings,
      boolean stem,
      FahrasArabicAnalyzer.StopwordMode stopwordMode) {
    super(indexSettings, name, settings);
    Checks.only(name, settings, "stopwords", "stopwords_path", "protected", "protected_path");
    FahrasArabicAnalyzer.Builder b =
        FahrasArabicAnalyzer.builder()
            .withStemming(stem)
            .withStopwordMode(stopwordMode)
            .withStopwords(WordLists.stopwords(env, name, settings));
    CharArraySet protectedWords = WordLists.protectedWords(env, name, settings);
    if (protectedWords != null) b.withProtectedWords(protectedWords);
    this.analyzer = b.build();
  }

  @Override
  public FahrasArabicAnalyzer get() {
    return analyzer;
  }
}
