package dev.fahras.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Passes tokens through unchanged and keeps each one's term and position increment, so a second
 * field can be fed the same tokens without analyzing the text again: {@link #replay()}. A field
 * indexed without positions or offsets (the exact field) needs only the term, and the increment for
 * its length (overlapping tokens are not counted by BM25's norms).
 */
final class TermRecorder extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final RecordedTerms recorded = new RecordedTerms();

  TermRecorder(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    recorded.add(term.buffer(), 0, term.length(), posInc.getPositionIncrement());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    recorded.clear();
  }

  /** The tokens recorded since the last reset, as a stream (consume the recording stream first). */
  TokenStream replay() {
    return recorded.replay();
  }
}
