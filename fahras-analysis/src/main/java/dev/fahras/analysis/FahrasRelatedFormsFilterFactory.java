package dev.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link FahrasRelatedFormsFilter} (SPI name {@value #NAME}); query side, after the
 * stemmer. Parameter {@code weight}: the forms' boost, in (0, 1] (default {@link
 * RelatedForms#WEIGHT}).
 */
public class FahrasRelatedFormsFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasRelatedForms";

  private final float weight;

  public FahrasRelatedFormsFilterFactory(Map<String, String> args) {
    super(args);
    weight = FahrasRelatedFormsFilter.checkedWeight(getFloat(args, "weight", RelatedForms.WEIGHT));
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasRelatedFormsFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasRelatedFormsFilter(input, weight);
  }
}
