package dev.fahras.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Stems each token with {@link FahrasLightStemmer}. When the word may start with one-letter
 * proclitics (وزير: و + زير, or the word وزير?), the stem of the whole word is emitted first and,
 * when {@code alternatives} is on and it differs, the stem without the proclitics follows at the
 * same position, so both readings match. Tokens marked as keywords pass unchanged.
 */
public final class FahrasLightStemFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final FahrasLightStemmer stemmer;
  private final boolean alternatives;

  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
  // only when a filter before this one sets payloads: an attribute added here would be cleared
  // and captured with every token of the chain for nothing
  private final PayloadAttribute payload;

  // the second reading is the token just emitted with another term: keep what it needs rather
  // than capturing every attribute (a clone per second reading, an eighth of the chain's time)
  private char[] alternative = new char[16];
  private int alternativeLength = -1;
  private int alternativeStart;
  private int alternativeEnd;
  private String alternativeType;
  private int alternativePositionLength;
  private BytesRef alternativePayload;

  public FahrasLightStemFilter(
      TokenStream input, FahrasLightStemmer stemmer, boolean alternatives) {
    super(input);
    this.payload =
        hasAttribute(PayloadAttribute.class) ? getAttribute(PayloadAttribute.class) : null;
    this.stemmer = stemmer;
    this.alternatives = alternatives;
  }

  public FahrasLightStemFilter(TokenStream input) {
    this(input, FahrasLightStemmer.DEFAULT, true);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (alternativeLength >= 0) {
      clearAttributes();
      term.copyBuffer(alternative, 0, alternativeLength);
      posInc.setPositionIncrement(0);
      offset.setOffset(alternativeStart, alternativeEnd);
      type.setType(alternativeType);
      posLen.setPositionLength(alternativePositionLength);
      if (payload != null) payload.setPayload(alternativePayload); // ExactFormPayloadFilter's code
      alternativeLength = -1;
      return true;
    }
    if (!input.incrementToken()) return false;
    if (keyword.isKeyword()) return true;
    char[] buffer = term.buffer();
    int len = term.length();
    int k = alternatives ? stemmer.proclitics(buffer, len) : 0;
    if (k > 0) {
      int altLen = len - k;
      if (alternative.length < altLen) alternative = new char[altLen];
      System.arraycopy(buffer, k, alternative, 0, altLen);
      altLen = stemmer.stem(alternative, altLen);
      int stemLen = stemmer.stem(buffer, len);
      term.setLength(stemLen);
      if (!equal(buffer, stemLen, alternative, altLen)) {
        alternativeLength = altLen;
        alternativeStart = offset.startOffset();
        alternativeEnd = offset.endOffset();
        alternativeType = type.type();
        alternativePositionLength = posLen.getPositionLength();
        if (payload != null) alternativePayload = payload.getPayload();
      }
    } else {
      term.setLength(stemmer.stem(buffer, len));
    }
    return true;
  }

  private static boolean equal(char[] a, int aLen, char[] b, int bLen) {
    return Arrays.equals(a, 0, aLen, b, 0, bLen);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    alternativeLength = -1;
  }
}
