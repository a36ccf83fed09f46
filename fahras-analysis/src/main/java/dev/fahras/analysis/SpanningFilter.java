package dev.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The skeleton of a filter that adds, after some words, one token spanning them (a number for
 * ثلاثمئة وأربعة وسبعين, a month for كانون الثاني). A token that may start such a run is captured
 * and the filter reads ahead from it; any other token passes untouched, so most text costs one
 * check per token.
 */
abstract class SpanningFilter extends TokenFilter {
  protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  protected final PositionIncrementAttribute posInc =
      addAttribute(PositionIncrementAttribute.class);
  protected final LookaheadBuffer buffer;
  private LookaheadBuffer.Token pending;

  SpanningFilter(TokenStream input, int window) {
    super(input);
    buffer = new LookaheadBuffer(input, this, window);
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (pending != null || !buffer.isEmpty()) return replay();
    // most tokens: no run pending, nothing read ahead; this path stays small, as it runs for
    // every token of the text
    if (!input.incrementToken()) return false;
    if (mayStart()) start(buffer.current());
    passed();
    return true;
  }

  /** Returns the token spanning a run, or the next one read ahead. */
  private boolean replay() throws IOException {
    if (pending != null) {
      buffer.restore(pending);
      pending = null;
      return true;
    }
    LookaheadBuffer.Token head = buffer.poll();
    buffer.restore(head);
    if (mayStart()) start(head);
    passed();
    return true;
  }

  private void start(LookaheadBuffer.Token head) throws IOException {
    pending = span(head);
    buffer.restore(head);
  }

  /** Whether the token the attributes hold may start a run. */
  abstract boolean mayStart();

  /**
   * The token spanning the run that starts at {@code head}, or null; may read ahead and leave the
   * attributes holding anything.
   */
  abstract LookaheadBuffer.Token span(LookaheadBuffer.Token head) throws IOException;

  /** Called with the attributes holding each token as it is returned, to keep context. */
  abstract void passed();

  @Override
  public void reset() throws IOException {
    super.reset();
    buffer.clear();
    pending = null;
  }
}
