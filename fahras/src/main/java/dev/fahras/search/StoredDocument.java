package dev.fahras.search;

import dev.fahras.index.DocumentInfo;
import dev.fahras.index.RecordValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A document as stored in the index: metadata, the full original text and the boilerplate lines
 * that were kept out of search.
 */
public record StoredDocument(
    DocumentInfo document, String text, List<Span> boilerplate, Map<String, String> extra) {

  public String id() {
    return document.id();
  }

  public String source() {
    return document.source();
  }

  public String title() {
    return document.title();
  }

  public String date() {
    return document.date();
  }

  public String url() {
    return document.url();
  }

  /** The boilerplate lines' text. */
  public List<String> boilerplateLines() {
    List<String> lines = new ArrayList<>();
    for (Span s : boilerplate) lines.add(text.substring(s.start(), s.end()));
    return lines;
  }

  /**
   * The text its passages were cut from: the boilerplate lines blanked (line breaks kept, so
   * offsets still point into {@link #text()}).
   */
  public String textWithoutBoilerplate() {
    StringBuilder out = new StringBuilder(text);
    for (Span s : boilerplate) {
      for (int i = s.start(); i < s.end(); i++) {
        if (out.charAt(i) != '\n') out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  static StoredDocument from(RecordValue r) {
    List<Span> spans = new ArrayList<>();
    int[] b = r.boilerplate();
    for (int i = 0; i < b.length; i += 2) spans.add(new Span(b[i], b[i + 1]));
    return new StoredDocument(r.document(), r.text(), spans, r.extra());
  }
}
