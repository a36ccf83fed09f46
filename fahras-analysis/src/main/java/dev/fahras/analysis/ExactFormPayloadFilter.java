package dev.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Puts a two-byte code of each token's form on it as its payload; placed before the stemmer, which
 * keeps the payload on both readings, so every stem carries the code of the word it came from. An
 * index can then tell exact forms from stem-only matches on one field, without indexing the forms
 * again (a second field doubled the terms the index hashes and writes).
 *
 * <p>Two forms share a code about once in 65,536 pairs; within the forms of one stem, which is all
 * the code is compared against, that is rare enough to ignore.
 */
public final class ExactFormPayloadFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PayloadAttribute payload = addAttribute(PayloadAttribute.class);
  private final BytesRef code = new BytesRef(new byte[CODE_BYTES]);

  static final int CODE_BYTES = 2;

  public ExactFormPayloadFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    write(term.buffer(), term.length(), code.bytes);
    payload.setPayload(code);
    return true;
  }

  /** The code of {@code form}, as the filter writes it: part of the index format. */
  public static BytesRef code(CharSequence form) {
    char[] chars = form.toString().toCharArray();
    byte[] out = new byte[CODE_BYTES];
    write(chars, chars.length, out);
    return new BytesRef(out);
  }

  /** FNV-1a over the UTF-16 units, folded to 16 bits. */
  private static void write(char[] chars, int length, byte[] out) {
    int h = 0x811C9DC5;
    for (int i = 0; i < length; i++) {
      h ^= chars[i];
      h *= 0x01000193;
    }
    h ^= h >>> 16;
    out[0] = (byte) (h >>> 8);
    out[1] = (byte) h;
  }
}
