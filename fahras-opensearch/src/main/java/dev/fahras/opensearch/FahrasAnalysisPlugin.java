package dev.fahras.opensearch;

import dev.fahras.analysis.FahrasArabicAnalyzer.StopwordMode;
import dev.fahras.analysis.FahrasDaggerAlefFilterFactory;
import dev.fahras.analysis.FahrasMonthsFilterFactory;
import dev.fahras.analysis.FahrasNormalizationFilterFactory;
import dev.fahras.analysis.FahrasNumbersFilterFactory;
import dev.fahras.analysis.FahrasRelatedFormsFilterFactory;
import dev.fahras.analysis.FahrasWordBreakFilterFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;

/**
 * Fahras's Arabic analysis inside OpenSearch: the char filter, the token filters and four
 * analyzers, under OpenSearch's snake_case names, each wrapping the library's own classes; and the
 * {@code fahras_match} query, which searches their stacked readings as the library does.
 */
public final class FahrasAnalysisPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {
  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(
        new QuerySpec<>(
            FahrasMatchQueryBuilder.NAME,
            FahrasMatchQueryBuilder::new,
            FahrasMatchQueryBuilder::fromXContent));
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of(
        "fahras_folding",
        (index, env, name, settings) -> new FoldingCharFilterFactory(index, name, settings));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        // a word break where punctuation joins Arabic words (قسد:هجوم), right after the tokenizer
        "fahras_word_break",
        lucene(FahrasWordBreakFilterFactory::new, false),
        // both readings of a superscript alef: not applied to synonym rules, as in the library
        "fahras_dagger_alef",
        lucene(FahrasDaggerAlefFilterFactory::new, false),
        "fahras_normalization",
        lucene(FahrasNormalizationFilterFactory::new, true),
        "fahras_months",
        lucene(FahrasMonthsFilterFactory::new, false),
        "fahras_numbers",
        lucene(FahrasNumbersFilterFactory::new, false),
        "fahras_stop",
        StopTokenFilterFactory::new,
        // query side, after the stemmer: a broken plural and its singular, a verb and its noun
        "fahras_related_forms",
        lucene(FahrasRelatedFormsFilterFactory::new, false),
        "fahras_light_stem",
        LightStemTokenFilterFactory::new);
  }

  /** A filter factory of the library under OpenSearch, its parameters read from the settings. */
  private static AnalysisProvider<TokenFilterFactory> lucene(
      Function<Map<String, String>, org.apache.lucene.analysis.TokenFilterFactory> factory,
      boolean appliesToSynonymRules) {
    return (index, env, name, settings) ->
        new LuceneTokenFilterAdapter(index, name, settings, factory, appliesToSynonymRules);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        "fahras_arabic",
        analyzer(true, StopwordMode.REMOVE),
        "fahras_arabic_exact",
        analyzer(false, StopwordMode.REMOVE),
        // a query of stopwords only (ومن قبل) is a match_phrase on a subfield indexed with these
        "fahras_arabic_stopwords",
        analyzer(false, StopwordMode.ONLY_WITH_BARE),
        "fahras_arabic_stopwords_query",
        analyzer(false, StopwordMode.ONLY));
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(
      boolean stem, StopwordMode stopwords) {
    return (index, env, name, settings) ->
        new FahrasAnalyzerProvider(index, env, name, settings, stem, stopwords);
  }
}
