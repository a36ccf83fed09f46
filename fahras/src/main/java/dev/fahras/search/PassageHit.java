package dev.fahras.search;

import java.util.List;
import java.util.Objects;

/**
 * One ranked passage.
 *
 * @param rank 1-based rank in the whole result list (paging included)
 * @param docId the document's id
 * @param source the document's outlet
 * @param title the document's title, possibly empty
 * @param date ISO date (YYYY-MM-DD) or empty when unknown
 * @param url possibly empty
 * @param passage the passage's ordinal in its document
 * @param text the passage's original text (diacritics and all)
 * @param start offset of the passage in the document text
 * @param end offset after the passage in the document text
 * @param score relevance score (higher is better)
 * @param highlights matched words, as offsets into {@code text}, in order
 */
public record PassageHit(
    int rank,
    String docId,
    String source,
    String title,
    String date,
    String url,
    int passage,
    String text,
    int start,
    int end,
    float score,
    List<Span> highlights) {
  public PassageHit {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
  }
}
