package dev.fahras.search;

import java.util.List;

/**
 * The passages that carry a pasted text, grouped by document: documents carrying more of it first,
 * each document's passages in their order.
 *
 * @param hits the passages of the first documents, at most the asked number of documents
 * @param documents how many documents were found to carry it, the ones not shown included
 * @param complete false when more passages shared its rarest words than were compared, so that
 *     other documents may carry it too
 */
public record QuoteResult(List<QuoteHit> hits, int documents, boolean complete) {
  public QuoteResult {
    hits = List.copyOf(hits);
  }
}
