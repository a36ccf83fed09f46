package dev.fahras.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A source document as it arrives: one report of one outlet.
 *
 * @param id unique id; re-indexing the same id replaces the document
 * @param source the outlet, for per-source filters and grouping
 * @param title the headline, possibly empty
 * @param date the publication date, or null when unknown
 * @param url where it was published, possibly empty
 * @param text the full text, one paragraph per line
 * @param extra free-form metadata, kept with the document's record and returned with it
 */
public record SourceDocument(
    String id,
    String source,
    String title,
    LocalDate date,
    String url,
    String text,
    Map<String, String> extra) {

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) throw new IllegalArgumentException("document id is empty");
    title = title == null ? "" : title;
    url = url == null ? "" : url;
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /** A document with only the required fields. */
  public static SourceDocument of(String id, String source, String text) {
    return new SourceDocument(id, source, "", null, "", text, Map.of());
  }
}
