package dev.fahras.search;

/** A highlighted range {@code [start, end)} of a passage's original text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad span " + start + "-" + end);
  }
}
