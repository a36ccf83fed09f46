package dev.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a token where punctuation joins two Arabic words: Unicode's word rules, made for Latin
 * text, keep letters around {@code :} {@code .} and {@code '} together ({@code e.g}, {@code
 * can't}), so {@code قسد:هجوم} and {@code الحسكة.داعش} were one token each. A break is any
 * character that is neither a letter, a digit nor a mark, with an Arabic letter (or its mark)
 * before it and an Arabic letter after; {@code 3.5} and {@code www.example.com} stay whole.
 *
 * <p>Each part gets its own position and, when the token's text is as long as its span in the
 * original, its own offsets; otherwise (a char filter removed something inside the token) every
 * part points at the whole token.
 */
public final class FahrasWordBreakFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

  private char[] pending = new char[0];
  private int pendingLength;
  private int next; // where the next part starts in pending; pendingLength when done
  private int tokenStart;
  private int tokenEnd;
  private boolean exactOffsets;
  private State state;

  public FahrasWordBreakFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pendingLength) {
      restoreState(state);
      emitPart(1);
      return true;
    }
    if (!input.incrementToken()) return false;
    char[] buf = term.buffer();
    int len = term.length();
    if (firstBreak(buf, 0, len) < 0) return true; // the common case: nothing to split
    if (pending.length < len) pending = new char[len];
    System.arraycopy(buf, 0, pending, 0, len);
    pendingLength = len;
    next = 0;
    tokenStart = offset.startOffset();
    tokenEnd = offset.endOffset();
    exactOffsets = tokenEnd - tokenStart == len;
    state = captureState();
    emitPart(posInc.getPositionIncrement());
    return true;
  }

  /** Sets the attributes to the part starting at {@code next}, and moves past its break. */
  private void emitPart(int increment) {
    int start = next;
    int brk = firstBreak(pending, start, pendingLength);
    int end = brk < 0 ? pendingLength : brk;
    term.copyBuffer(pending, start, end - start);
    posInc.setPositionIncrement(increment);
    if (exactOffsets) offset.setOffset(tokenStart + start, tokenStart + end);
    else offset.setOffset(tokenStart, tokenEnd);
    next = brk < 0 ? pendingLength : brk + 1;
  }

  /** The first break in {@code s[from, to)}, or -1. */
  static int firstBreak(char[] s, int from, int to) {
    for (int i = from + 1; i + 1 < to; i++) {
      char c = s[i];
      if (Character.isLetterOrDigit(c) || isMark(c)) continue;
      if (isArabicLetterOrMark(s[i - 1]) && isArabicLetter(s[i + 1])) return i;
    }
    return -1;
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isArabicLetter(char c) {
    return Character.isLetter(c) && isArabicBlock(c);
  }

  private static boolean isArabicLetterOrMark(char c) {
    return (Character.isLetter(c) || isMark(c)) && isArabicBlock(c);
  }

  private static boolean isArabicBlock(char c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.ARABIC
        || b == Character.UnicodeBlock.ARABIC_SUPPLEMENT
        || b == Character.UnicodeBlock.ARABIC_EXTENDED_A
        || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
        || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingLength = 0;
    next = 0;
    state = null;
  }
}
