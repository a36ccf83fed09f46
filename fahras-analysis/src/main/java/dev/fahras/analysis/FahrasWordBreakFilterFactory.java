package dev.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link FahrasWordBreakFilter}, SPI name {@value #NAME}; no arguments. */
public class FahrasWordBreakFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasWordBreak";

  public FahrasWordBreakFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasWordBreakFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasWordBreakFilter(input);
  }
}
