package dev.fahras.search;

/**
 * A passage that carries a pasted text, whole or in part.
 *
 * @param hit the passage; its highlights are the stretches that carry the text, and its score is
 *     {@code share}
 * @param share the share of the pasted text's words this passage carries, 0–1
 * @param documentShare the share its document carries over all its passages (a text may run over
 *     two), 0–1
 */
public record QuoteHit(PassageHit hit, double share, double documentShare) {
  /** At or above this share a document carries the whole text (a clause may be left out). */
  public static final double WHOLE = 0.9;

  /** Whether the document carries the whole text rather than a part of it. */
  public boolean whole() {
    return documentShare >= WHOLE;
  }
}
