package dev.fahras.search;

import dev.fahras.index.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * A document as stored in the index: metadata, the full original text and the boilerplate lines
 * that were kept out of search.
 */
public record StoredDocument(
    String id,
    String source,
    String title,
    String date,
    String url,
    String text,
    List<Span> boilerplate,
    Map<String, String> extra) {

  /** The boilerplate lines' text. */
  public List<String> boilerplateLines() {
    List<String> lines = new ArrayList<>();
    for (Span s : boilerplate) lines.add(text.substring(s.start(), s.end()));
    return lines;
  }

  static StoredDocument from(Document d) {
    List<Span> spans = new ArrayList<>();
    String b = d.get(Schema.BOILERPLATE);
    if (b != null && !b.isEmpty()) {
      for (String part : b.split(";")) {
        int dash = part.indexOf('-');
        spans.add(
            new Span(
                Integer.parseInt(part.substring(0, dash)),
                Integer.parseInt(part.substring(dash + 1))));
      }
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f.name().startsWith(Schema.EXTRA_PREFIX))
        extra.put(f.name().substring(Schema.EXTRA_PREFIX.length()), f.stringValue());
    }
    return new StoredDocument(
        d.get(Schema.DOC_ID),
        d.get(Schema.RECORD_PREFIX + Schema.SOURCE),
        nz(d.get(Schema.RECORD_PREFIX + Schema.TITLE)),
        nz(d.get(Schema.RECORD_PREFIX + Schema.DATE)),
        nz(d.get(Schema.RECORD_PREFIX + Schema.URL)),
        d.get(Schema.BODY),
        spans,
        extra);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
