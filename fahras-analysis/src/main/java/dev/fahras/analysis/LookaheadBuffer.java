package dev.fahras.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A window of tokens read ahead from a filter's input, each kept as the attributes this chain's
 * tokens carry (term, increment, length, offsets, type, keyword) rather than a captured state,
 * which would clone every attribute. Filters read ahead only from a token that may start a match,
 * so most tokens pass untouched. Bounded: the window never holds more than {@code size} tokens, so
 * memory does not grow with the text.
 */
final class LookaheadBuffer {
  record Token(
      String term, int posInc, int posLength, int start, int end, String type, boolean keyword) {}

  private final TokenStream input;
  private final AttributeSource attributes;
  private final CharTermAttribute term;
  private final PositionIncrementAttribute posInc;
  private final OffsetAttribute offset;
  private final PositionLengthAttribute posLen;
  private final TypeAttribute type;
  private final KeywordAttribute keyword;
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
    this.keyword = attributes.addAttribute(KeywordAttribute.class);
    this.size = size;
  }

  /** The token the attributes hold now. */
  Token current() {
    return new Token(
        term.toString(),
        posInc.getPositionIncrement(),
        posLen.getPositionLength(),
        offset.startOffset(),
        offset.endOffset(),
        type.type(),
        keyword.isKeyword());
  }

  /** Makes the attributes hold {@code t}. */
  void restore(Token t) {
    attributes.clearAttributes();
    term.setEmpty().append(t.term());
    posInc.setPositionIncrement(t.posInc());
    posLen.setPositionLength(t.posLength());
    offset.setOffset(t.start(), t.end());
    type.setType(t.type());
    keyword.setKeyword(t.keyword());
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
   * A token {@code text} of {@code tokenType} added at {@code first}'s position and spanning {@code
   * positions} positions up to the end of {@code last}.
   */
  static Token spanning(Token first, Token last, int positions, String text, String tokenType) {
    return new Token(text, 0, positions, first.start(), last.end(), tokenType, first.keyword());
  }

  void clear() {
    window.clear();
    exhausted = false;
  }
}
