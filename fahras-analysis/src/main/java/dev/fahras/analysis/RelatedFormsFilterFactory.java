package dev.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link RelatedFormsFilter} (SPI name {@value #NAME}); query side, after the stemmer.
 */
public class RelatedFormsFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasRelatedForms";

  public RelatedFormsFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public RelatedFormsFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RelatedFormsFilter(input);
  }
}
