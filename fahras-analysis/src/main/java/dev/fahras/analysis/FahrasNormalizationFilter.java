package dev.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link FahrasNormalizer} to each token; offsets are left as they are. */
public final class FahrasNormalizationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FahrasNormalizer normalizer;

  public FahrasNormalizationFilter(TokenStream input, FahrasNormalizer normalizer) {
    super(input);
    this.normalizer = normalizer;
  }

  public FahrasNormalizationFilter(TokenStream input) {
    this(input, FahrasNormalizer.DEFAULT);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    term.setLength(normalizer.normalize(term.buffer(), term.length()));
    return true;
  }
}
