package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.TATWEEL;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * The word lists of the chain (stopwords, protected words) as the chain compares them: normalized
 * like the text. The factories, the related forms and the analyzer all take them from here, so no
 * part of the chain reaches up to the analyzer that assembles it.
 */
public final class ArabicWordSets {

  private ArabicWordSets() {}

  /** The default stopword set, normalized. */
  public static CharArraySet defaultStopwords() {
    return DefaultStopwords.SET;
  }

  /** The default protected words (never stemmed), normalized. */
  public static CharArraySet defaultProtectedWords() {
    return DefaultProtected.SET;
  }

  /** Returns {@code words} normalized by the default {@link FahrasNormalizer}, unmodifiable. */
  public static CharArraySet normalizedSet(Collection<?> words) {
    FahrasNormalizer normalizer = new FahrasNormalizer();
    CharArraySet out = new CharArraySet(words.size(), false);
    for (Object word : words) {
      char[] chars = word instanceof char[] c ? c.clone() : word.toString().toCharArray();
      boolean prefix = chars.length > 0 && chars[chars.length - 1] == TATWEEL;
      int len = normalizer.normalize(chars, chars.length);
      // a tatweel-marked prefix such as لـ is not a word; a letter alone is (و, ف written apart)
      if (len > 0 && !prefix) out.add(new String(chars, 0, len));
    }
    return CharArraySet.unmodifiableSet(out);
  }

  private static final class DefaultStopwords {
    static final CharArraySet SET = load();

    private static CharArraySet load() {
      try (Reader reader =
          new InputStreamReader(
              Objects.requireNonNull(
                  ArabicWordSets.class.getResourceAsStream("stopwords.txt"), "stopwords.txt"),
              StandardCharsets.UTF_8)) {
        return normalizedSet(WordlistLoader.getWordSet(reader, "#", new CharArraySet(128, false)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the default stopwords", e);
      }
    }
  }

  private static final class DefaultProtected {
    static final CharArraySet SET = normalizedSet(FahrasLightStemmer.DEFAULT_PROTECTED);
  }
}
