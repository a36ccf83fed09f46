package dev.fahras.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * After each stem, its {@link RelatedForms} (a broken plural and its singular, a verb and its
 * verbal noun) at the same position, with a boost below 1 ({@link BoostAttribute}): for query
 * analyzers, after the stemmer, so a query finds the other forms of its words, below the words
 * typed. The library adds them to plain queries itself; an engine that knows only analyzers
 * (OpenSearch's search_analyzer) uses this filter. Lucene's query builder reads the boost: {@link
 * dev.fahras.analysis.query.WordsQueryBuilder} scores each form by its own statistics at that
 * weight.
 */
public final class FahrasRelatedFormsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final BoostAttribute boost = addAttribute(BoostAttribute.class);
  private final float weight;
  private final Deque<String> pending = new ArrayDeque<>();
  private State current;

  /** Related forms at {@link RelatedForms#WEIGHT}, as the library ranks them. */
  public FahrasRelatedFormsFilter(TokenStream input) {
    this(input, RelatedForms.WEIGHT);
  }

  /** Related forms at {@code weight}, in (0, 1]. */
  public FahrasRelatedFormsFilter(TokenStream input, float weight) {
    super(input);
    this.weight = checkedWeight(weight);
  }

  /** {@code weight}, when it is a boost this filter can give (in (0, 1]). */
  static float checkedWeight(float weight) {
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1], got " + weight);
    }
    return weight;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      boost.setBoost(weight);
      return true;
    }
    // the filters before this one find their last token as they left it (a stemmer stacking a
    // second reading edits it in place: it must not inherit a form's boost)
    if (current != null) restoreState(current);
    current = null;
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword()) {
      pending.addAll(RelatedForms.of(term));
      if (!pending.isEmpty()) current = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
