package dev.fahras.analysis;

import java.util.EnumSet;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link FahrasNormalizationFilter}, SPI name {@value #NAME}.
 *
 * <p>Arguments (booleans, default true), one per {@link FahrasNormalizer.Option}: {@code
 * diacritics}, {@code tatweel}, {@code alef}, {@code hamza}, {@code yeh}, {@code tehMarbuta},
 * {@code kaf}, {@code digits}, {@code invisibles}, {@code lowercase}.
 */
public class FahrasNormalizationFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasNormalization";

  private final FahrasNormalizer normalizer;

  public FahrasNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    EnumSet<FahrasNormalizer.Option> options = EnumSet.noneOf(FahrasNormalizer.Option.class);
    for (FahrasNormalizer.Option option : FahrasNormalizer.Option.values()) {
      if (getBoolean(args, Factories.argName(option.name()), true)) options.add(option);
    }
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    normalizer = new FahrasNormalizer(options);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasNormalizationFilter(input, normalizer);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new FahrasNormalizationFilter(input, normalizer, false); // exactly one token out
  }
}
