package dev.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link ArabicWordBreakFilter}, SPI name {@value #NAME}; no arguments. */
public class ArabicWordBreakFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasWordBreak";

  public ArabicWordBreakFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public ArabicWordBreakFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicWordBreakFilter(input);
  }
}
