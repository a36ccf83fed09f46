package dev.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link FahrasNumbersFilter}, SPI name {@value #NAME}; no arguments. Place it after
 * {@code fahrasNormalization} and before stopwords and stemming.
 */
public class FahrasNumbersFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasNumbers";

  public FahrasNumbersFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasNumbersFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasNumbersFilter(input);
  }
}
