package dev.fahras.search;

import dev.fahras.index.DocumentInfo;
import java.util.List;
import java.util.Objects;

/**
 * One ranked passage.
 *
 * @param rank 1-based rank in the whole result list (paging included)
 * @param document its document's id, source, title, date and url
 * @param passage the passage's ordinal in its document
 * @param text the passage's original text (diacritics and all)
 * @param start offset of the passage in the document text
 * @param end offset after the passage in the document text
 * @param score relevance score (higher is better)
 * @param highlights matched words, as offsets into {@code text}, in order
 */
public record PassageHit(
    int rank,
    DocumentInfo document,
    int passage,
    String text,
    int start,
    int end,
    float score,
    List<Span> highlights) {
  public PassageHit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
  }

  public String docId() {
    return document.id();
  }

  public String source() {
    return document.source();
  }

  /** The document's title, possibly empty. */
  public String title() {
    return document.title();
  }

  /** ISO date (YYYY-MM-DD), or empty when unknown. */
  public String date() {
    return document.date();
  }

  /** The document's address, possibly empty. */
  public String url() {
    return document.url();
  }

  /** The same hit with {@code spans} highlighted instead. */
  PassageHit withHighlights(List<Span> spans) {
    return new PassageHit(rank, document, passage, text, start, end, score, spans);
  }
}
