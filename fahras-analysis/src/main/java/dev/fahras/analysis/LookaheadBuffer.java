package dev.fahras.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A window of tokens read ahead from a filter's input, each with its captured state and the bits
 * the multi-word filters look at. Filters read ahead only from a token that may start a match, so
 * most tokens pass without being captured. Bounded: the window never holds more than {@code size}
 * tokens, so memory does not grow with the text.
 */
final class LookaheadBuffer {
  record Token(AttributeSource.State state, String term, int posInc, int start, int end) {}

  private final TokenStream input;
  private final AttributeSource attributes;
  private final CharTermAttribute term;
  private final PositionIncrementAttribute posInc;
  private final OffsetAttribute offset;
  private final PositionLengthAttribute posLen;
  private final TypeAttribute type;
  private final int size;
  private final ArrayDeque<Token> window = new ArrayDeque<>();
  private boolean exhausted;

  LookaheadBuffer(TokenStream input, AttributeSource attributes, int size) {
    this.input = input;
    this.attributes = attributes;
    this.term = attributes.addAttribute(CharTermAttribute.class);
    this.posInc = attributes.addAttribute(PositionIncrementAttribute.class);
    this.offset = attributes.addAttribute(OffsetAttribute.class);
    this.posLen = attributes.addAttribute(PositionLengthAttribute.class);
    this.type = attributes.addAttribute(TypeAttribute.class);
    this.size = size;
  }

  /** The token the attributes hold now, captured. */
  Token current() {
    return new Token(
        attributes.captureState(),
        term.toString(),
        posInc.getPositionIncrement(),
        offset.startOffset(),
        offset.endOffset());
  }

  /** Reads one more token into the window; false at the end of input or when the window is full. */
  boolean readOne() throws IOException {
    if (exhausted || window.size() >= size) return false;
    if (input.incrementToken()) {
      window.add(current());
      return true;
    }
    exhausted = true;
    return false;
  }

  /** The last token read ahead, or null. */
  Token last() {
    return window.peekLast();
  }

  boolean isEmpty() {
    return window.isEmpty();
  }

  Token poll() {
    return window.poll();
  }

  /**
   * {@code head} and the words read ahead that directly follow it: alternative readings at one
   * position are skipped, and a gap (a removed stopword, punctuation between words) ends the run.
   */
  List<Token> run(Token head) {
    List<Token> words = new ArrayList<>();
    words.add(head);
    for (Token t : window) {
      if (t.posInc() == 0) continue;
      if (t.posInc() > 1 || t.start() - words.get(words.size() - 1).end() > 1) break;
      words.add(t);
    }
    return words;
  }

  /**
   * The state of a token {@code text} of {@code tokenType} added at {@code first}'s position and
   * spanning {@code positions} positions up to the end of {@code last}; the attributes are left
   * holding it.
   */
  AttributeSource.State spanning(
      Token first, Token last, int positions, String text, String tokenType) {
    attributes.restoreState(first.state());
    term.setEmpty().append(text);
    posInc.setPositionIncrement(0);
    posLen.setPositionLength(positions);
    offset.setOffset(first.start(), last.end());
    type.setType(tokenType);
    return attributes.captureState();
  }

  void clear() {
    window.clear();
    exhausted = false;
  }
}
