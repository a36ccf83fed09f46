package dev.fahras.corpus;

/**
 * A span of a document's text that search returns as one result.
 *
 * @param ordinal the passage's number within its document, from 0, in text order
 * @param start offset of its first char in the document text
 * @param end offset after its last char
 * @param text the document text between {@code start} and {@code end}
 */
public record Passage(int ordinal, int start, int end, String text) {
  public Passage {
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    if (text.length() != end - start)
      throw new IllegalArgumentException("text does not match span");
  }
}
