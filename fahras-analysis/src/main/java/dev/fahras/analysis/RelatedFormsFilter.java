package dev.fahras.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After each stem, its {@link RelatedForms} (a broken plural and its singular, a verb and its
 * verbal noun) at the same position: for query analyzers, after the stemmer, so a query finds the
 * other forms of its words. The library adds them to plain queries itself; an engine that knows
 * only analyzers (OpenSearch's search_analyzer) uses this filter.
 */
public final class RelatedFormsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State current;

  public RelatedFormsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      return true;
    }
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
