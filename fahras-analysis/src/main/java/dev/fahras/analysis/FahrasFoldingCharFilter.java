package dev.fahras.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link ArabicCharFolder} to the text before the tokenizer sees it, correcting offsets so
 * that tokens still point into the original text.
 *
 * <p>A deleted character (an invisible or bidi control) joins the letters around it; a
 * presentation-form ligature expands to its letters and every token made from it points at the
 * ligature; a letter and a combining hamza compose into one character spanning both.
 */
public final class FahrasFoldingCharFilter extends BaseCharFilter {
  private final ArabicCharFolder folder;

  private final char[] in = new char[2048];
  private int inPos;
  private int inLen;
  private boolean inEof;

  private char[] pending = ArabicCharFolder.DELETE;
  private int pendingPos;

  private int outOffset;
  private int diff;

  public FahrasFoldingCharFilter(Reader input, ArabicCharFolder folder) {
    super(input);
    this.folder = folder;
  }

  public FahrasFoldingCharFilter(Reader input) {
    this(input, ArabicCharFolder.DEFAULT);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) return 0;
    int n = 0;
    while (n < len) {
      if (pendingPos < pending.length) {
        int k = Math.min(len - n, pending.length - pendingPos);
        System.arraycopy(pending, pendingPos, cbuf, off + n, k);
        pendingPos += k;
        n += k;
        outOffset += k;
        continue;
      }
      if (inPos == inLen && !fill()) break;
      // fast path: copy a run of chars that need nothing
      boolean[] special = folder.special;
      int room = Math.min(len - n, inLen - inPos);
      int run = 0;
      while (run < room && !special[in[inPos + run]]) run++;
      if (run > 0) {
        System.arraycopy(in, inPos, cbuf, off + n, run);
        inPos += run;
        n += run;
        outOffset += run;
        continue;
      }
      char c = in[inPos];
      char[] replacement = folder.replacement(c);
      if (replacement == null) {
        cbuf[off + n++] = c;
        inPos++;
        outOffset++;
      } else if (replacement.length == 0) {
        inPos++;
        addOffCorrectMap(outOffset, ++diff);
      } else if (replacement.length == 1) {
        cbuf[off + n++] = replacement[0];
        inPos++;
        outOffset++;
      } else {
        // A ligature: every output char but the last maps back to the ligature's start, the
        // char after the expansion maps to the char after the ligature.
        int start = outOffset;
        for (int j = 1; j < replacement.length; j++) {
          addOffCorrectMap(start + j, diff - j);
        }
        diff -= replacement.length - 1;
        addOffCorrectMap(start + replacement.length, diff);
        pending = replacement;
        pendingPos = 0;
        inPos++;
      }
    }
    return n == 0 ? -1 : n;
  }

  /** Reads more input, keeping unconsumed chars; returns false at the end of input. */
  private boolean fill() throws IOException {
    if (inEof) return inPos < inLen;
    int keep = inLen - inPos;
    if (keep > 0) System.arraycopy(in, inPos, in, 0, keep);
    inPos = 0;
    inLen = keep;
    while (inLen < in.length) {
      int r = input.read(in, inLen, in.length - inLen);
      if (r == -1) {
        inEof = true;
        break;
      }
      inLen += r;
      if (r > 0) break;
    }
    return inLen > inPos;
  }
}
