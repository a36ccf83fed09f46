package dev.fahras.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding with errors that say where, and line-end cleanup. */
public final class Text {
  private Text() {}

  /**
   * Decodes UTF-8, dropping a leading byte order mark.
   *
   * @param replace replace invalid bytes with U+FFFD instead of failing
   * @param where names the input in error messages (a file, or file:line)
   * @param baseOffset the byte offset of {@code bytes[0]} in that input, for messages
   */
  public static String decode(byte[] bytes, int len, boolean replace, String where, long baseOffset)
      throws DocumentReadException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(replace ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
            .onUnmappableCharacter(replace ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new DocumentReadException(
          where,
          "invalid UTF-8 at byte offset " + (baseOffset + in.position()),
          DocumentReadException.Remedy.REPLACE_INVALID);
    }
    decoder.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** CRLF and lone CR become LF. */
  public static String normalizeLineEnds(String s) {
    if (s.indexOf('\r') < 0) return s;
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  static void checkSize(long bytes, long maxBytes, String where) throws DocumentReadException {
    if (bytes > maxBytes) {
      throw new DocumentReadException(
          where,
          "document is "
              + (bytes >> 20)
              + " MB, over the limit of "
              + (maxBytes >> 20)
              + " MB per document",
          DocumentReadException.Remedy.RAISE_SIZE_LIMIT);
    }
  }
}
