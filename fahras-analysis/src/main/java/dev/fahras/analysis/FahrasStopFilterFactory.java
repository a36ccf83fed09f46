package dev.fahras.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link FahrasStopFilter}, SPI name {@value #NAME}. Place it after {@code
 * fahrasNormalization}.
 *
 * <p>Arguments: {@code words} — comma-separated resource files, one word per line, {@code #}
 * comments (default: the built-in Fahras list); the words are normalized on load.
 */
public class FahrasStopFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  /** SPI name */
  public static final String NAME = "fahrasStop";

  private final String wordFiles;
  private CharArraySet stopwords = ArabicWordSets.defaultStopwords();

  public FahrasStopFilterFactory(Map<String, String> args) {
    super(args);
    wordFiles = get(args, "words");
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI */
  public FahrasStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (wordFiles != null) {
      stopwords = ArabicWordSets.normalizedSet(getWordSet(loader, wordFiles, false));
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasStopFilter(input, stopwords);
  }
}
