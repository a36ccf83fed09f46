package dev.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link FahrasDaggerAlefFilter}, SPI name {@value #NAME}; no arguments. */
public class FahrasDaggerAlefFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasDaggerAlef";

  public FahrasDaggerAlefFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasDaggerAlefFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasDaggerAlefFilter(input);
  }
}
