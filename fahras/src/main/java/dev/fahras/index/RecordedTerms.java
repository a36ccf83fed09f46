package dev.fahras.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Terms and position increments kept in flat arrays, to be fed to a field as a stream without
 * analyzing the text again ({@link #replay()}). Lighter than Lucene's {@code TeeSinkTokenFilter},
 * which clones every attribute of every token: the fields fed this way need the term and its
 * position only.
 */
final class RecordedTerms {
  private final RecordedStream replay = new RecordedStream();
  private char[] chars = new char[1024];
  private int[] ends = new int[128];
  private int[] increments = new int[128];
  private int count;
  private int used;

  void add(char[] term, int offset, int length, int increment) {
    chars = ArrayUtil.grow(chars, used + length);
    System.arraycopy(term, offset, chars, used, length);
    used += length;
    if (count == ends.length) {
      ends = ArrayUtil.grow(ends, count + 1);
      increments = ArrayUtil.growExact(increments, ends.length);
    }
    ends[count] = used;
    increments[count++] = increment;
  }

  void clear() {
    count = 0;
    used = 0;
  }

  /** The terms added since the last {@link #clear()}, as a stream. */
  TokenStream replay() {
    return replay;
  }

  private final class RecordedStream extends TokenStream {
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
