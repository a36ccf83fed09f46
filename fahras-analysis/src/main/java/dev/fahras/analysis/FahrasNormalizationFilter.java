package dev.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Applies {@link FahrasNormalizer} to each token; offsets are left as they are. */
public final class FahrasNormalizationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final FahrasNormalizer normalizer;
  private final boolean dropEmpty;
  private int skippedPositions;

  /**
   * Normalizes every token; a token left empty (only tatweel or marks: ـــ) is dropped, its
   * position carried to the next.
   */
  public FahrasNormalizationFilter(TokenStream input, FahrasNormalizer normalizer) {
    this(input, normalizer, true);
  }

  public FahrasNormalizationFilter(TokenStream input) {
    this(input, FahrasNormalizer.DEFAULT);
  }

  /**
   * @param dropEmpty false for {@code Analyzer.normalize} (a prefix or wildcard term), which must
   *     yield exactly one token, even an empty one
   */
  FahrasNormalizationFilter(TokenStream input, FahrasNormalizer normalizer, boolean dropEmpty) {
    super(input);
    this.normalizer = normalizer;
    this.dropEmpty = dropEmpty;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      term.setLength(normalizer.normalize(term.buffer(), term.length()));
      if (term.length() > 0 || !dropEmpty) {
        if (skippedPositions > 0) {
          posInc.setPositionIncrement(posInc.getPositionIncrement() + skippedPositions);
          skippedPositions = 0;
        }
        return true;
      }
      skippedPositions += posInc.getPositionIncrement();
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posInc.setPositionIncrement(posInc.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    skippedPositions = 0;
  }
}
