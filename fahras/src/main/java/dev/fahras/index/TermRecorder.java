package dev.fahras.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Passes tokens through unchanged and keeps each one's term and position increment, so a second
 * field can be fed the same tokens without analyzing the text again: {@link #replay()}.
 *
 * <p>Lighter than Lucene's {@code TeeSinkTokenFilter}, which clones every attribute of every token:
 * a field indexed without positions or offsets (the exact field) needs only the term, and the
 * increment for its length (overlapping tokens are not counted by BM25's norms).
 */
final class TermRecorder extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final Replay replay = new Replay();
  private char[] chars = new char[1024];
  private int[] ends = new int[128];
  private int[] increments = new int[128];
  private int count;
  private int used;

  TermRecorder(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    int len = term.length();
    chars = ArrayUtil.grow(chars, used + len);
    System.arraycopy(term.buffer(), 0, chars, used, len);
    used += len;
    if (count == ends.length) {
      ends = ArrayUtil.grow(ends, count + 1);
      increments = ArrayUtil.growExact(increments, ends.length);
    }
    ends[count] = used;
    increments[count++] = posInc.getPositionIncrement();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = 0;
    used = 0;
  }

  /** The tokens recorded since the last reset, as a stream (consume the recording stream first). */
  TokenStream replay() {
    return replay;
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute out = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute outInc =
        addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == count) return false;
      clearAttributes();
      int start = next == 0 ? 0 : ends[next - 1];
      out.copyBuffer(chars, start, ends[next] - start);
      // the first token must advance: a leading overlap (posInc 0) only exists after a removed
      // token
      outInc.setPositionIncrement(next == 0 ? Math.max(1, increments[0]) : increments[next]);
      next++;
      return true;
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
