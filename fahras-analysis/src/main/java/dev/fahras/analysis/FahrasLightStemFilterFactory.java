package dev.fahras.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link FahrasLightStemFilter}, SPI name {@value #NAME}. Place it after {@code
 * fahrasNormalization}.
 *
 * <p>Arguments: {@code alternatives} (boolean, default true) — emit the proclitic-stripped reading
 * of ambiguous words at the same position; {@code protected} — comma-separated resource files of
 * words never cut, replacing the built-in list.
 */
public class FahrasLightStemFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {
  /** SPI name */
  public static final String NAME = "fahrasLightStem";

  private final boolean alternatives;
  private final String protectedFiles;
  private FahrasLightStemmer stemmer =
      new FahrasLightStemmer(ArabicWordSets.defaultProtectedWords());

  public FahrasLightStemFilterFactory(Map<String, String> args) {
    super(args);
    alternatives = getBoolean(args, "alternatives", true);
    protectedFiles = get(args, "protected");
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (protectedFiles != null) {
      stemmer =
          new FahrasLightStemmer(
              ArabicWordSets.normalizedSet(getWordSet(loader, protectedFiles, false)));
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasLightStemFilter(input, stemmer, alternatives);
  }
}
