package dev.fahras.analysis;

import java.io.Reader;
import java.util.EnumSet;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link FahrasFoldingCharFilter}, SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * CustomAnalyzer.builder().addCharFilter("fahrasFolding", "digits", "false") ...
 * </pre>
 *
 * <p>Arguments (booleans, default true): {@code presentationForms}, {@code digits}, {@code
 * invisibles}.
 */
public class FahrasFoldingCharFilterFactory extends CharFilterFactory {
  /** SPI name */
  public static final String NAME = "fahrasFolding";

  private final ArabicCharFolder folder;

  public FahrasFoldingCharFilterFactory(Map<String, String> args) {
    super(args);
    EnumSet<ArabicCharFolder.Option> options = EnumSet.noneOf(ArabicCharFolder.Option.class);
    for (ArabicCharFolder.Option option : ArabicCharFolder.Option.values()) {
      if (getBoolean(args, Factories.argName(option.name()), true)) options.add(option);
    }
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    folder = new ArabicCharFolder(options);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasFoldingCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new FahrasFoldingCharFilter(input, folder);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
