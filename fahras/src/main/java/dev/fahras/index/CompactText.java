package dev.fahras.index;

import java.io.IOException;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;

/**
 * Text as bytes at one byte a letter for Arabic, where UTF-8 takes two: records are kept
 * uncompressed in doc values (read per hit without decompressing a block), so their size is the
 * text's.
 *
 * <ul>
 *   <li>{@code 0x02–0x7F}: that ASCII character;
 *   <li>{@code 0x80–0xFF}: U+0600–U+067F (Arabic letters, marks and digits);
 *   <li>{@code 0x01 b}: U+0680 + b (the rest of the Arabic block, Arabic Supplement);
 *   <li>{@code 0x00 hi lo}: any other UTF-16 code unit, U+0000 and U+0001 included.
 * </ul>
 *
 * A string is written as its byte length (vInt) and its bytes.
 */
final class CompactText {
  private CompactText() {}

  static void write(DataOutput out, String s) throws IOException {
    byte[] bytes = new byte[3 * s.length()]; // at most three bytes a char
    int at = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x02 && c < 0x80) {
        bytes[at++] = (byte) c;
      } else if (c >= 0x600 && c < 0x680) {
        bytes[at++] = (byte) (0x80 + c - 0x600);
      } else if (c >= 0x680 && c < 0x780) {
        bytes[at++] = 0x01;
        bytes[at++] = (byte) (c - 0x680);
      } else {
        bytes[at++] = 0x00;
        bytes[at++] = (byte) (c >>> 8);
        bytes[at++] = (byte) c;
      }
    }
    out.writeVInt(at);
    out.writeBytes(bytes, at);
  }

  /** The string at {@code in}. */
  static String read(DataInput in) throws IOException {
    return readRange(in, 0, Integer.MAX_VALUE);
  }

  /**
   * Chars {@code from} to {@code to} of the string at {@code in} (clamped to its length), the rest
   * skipped undecoded: a passage of a long document without the whole text.
   */
  static String readRange(DataInput in, int from, int to) throws IOException {
    int n = in.readVInt();
    byte[] bytes = new byte[n];
    in.readBytes(bytes, 0, n);
    char[] chars = new char[Math.max(0, Math.min(to - from, n))]; // a char takes a byte or more
    int length = 0;
    int at = 0; // chars decoded so far
    for (int i = 0; i < n && at < to; i++, at++) {
      int b = bytes[i] & 0xFF;
      char c;
      if (b >= 0x80) {
        c = (char) (0x600 + b - 0x80);
      } else if (b >= 0x02) {
        c = (char) b;
      } else if (b == 0x01) {
        c = (char) (0x680 + (bytes[++i] & 0xFF));
      } else {
        c = (char) (((bytes[i + 1] & 0xFF) << 8) | (bytes[i + 2] & 0xFF));
        i += 2;
      }
      if (at >= from) chars[length++] = c;
    }
    return new String(chars, 0, length);
  }
}
