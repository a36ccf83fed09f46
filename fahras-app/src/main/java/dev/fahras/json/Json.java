package dev.fahras.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.search.Counterpart;
import dev.fahras.search.FigureRow;
import dev.fahras.search.HitExplanation;
import dev.fahras.search.PassageHit;
import dev.fahras.search.QuoteHit;
import dev.fahras.search.QuoteResult;
import dev.fahras.search.SearchResult;
import dev.fahras.search.Span;
import dev.fahras.search.Suggestion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON output of the command line and the web API, written with Jackson's generator; shapes are
 * stable (tools depend on them, the README lists them).
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** What a body writes to a generator. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Compact JSON written by {@code body}. */
  public static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** {@code s} as a JSON string. */
  public static String quote(String s) {
    return write(g -> g.writeString(s));
  }

  /** {"error":message} */
  public static String error(String message) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("error", message);
          g.writeEndObject();
        });
  }

  /** {"tokens":[{"term","position","start","end","original","type"}…]} */
  public static String tokens(List<AnalyzedToken> tokens) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("tokens");
          for (AnalyzedToken t : tokens) {
            g.writeStartObject();
            g.writeStringField("term", t.term());
            g.writeNumberField("position", t.position());
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("original", t.original());
            g.writeStringField("type", t.type());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /**
   * {"query","total","hits":[…]} plus, when present, "totalExact", "sources", "tookMs", "timedOut",
   * "notice".
   */
  public static String result(SearchResult r) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("query", r.query());
          g.writeNumberField("total", r.total());
          g.writeFieldName("hits");
          hits(g, r.hits());
          if (!r.totalExact()) g.writeBooleanField("totalExact", false);
          if (!r.sourceCounts().isEmpty()) {
            g.writeObjectFieldStart("sources");
            for (Map.Entry<String, Long> e : r.sourceCounts().entrySet())
              g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
          }
          g.writeNumberField("tookMs", r.tookMillis());
          if (r.timedOut()) g.writeBooleanField("timedOut", true);
          if (r.notice() != null) {
            g.writeStringField("notice", r.notice().message());
            g.writeStringField("noticeCode", r.notice().code());
          }
          if (r.readAs() != null) g.writeStringField("readAs", r.readAs());
          if (r.didYouMean() != null) g.writeStringField("didYouMean", r.didYouMean());
          g.writeEndObject();
        });
  }

  /** {"prefix","suggestions":[{"text","word","count"}…]} */
  public static String suggestions(String prefix, List<Suggestion> found) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("prefix", prefix);
          g.writeArrayFieldStart("suggestions");
          for (Suggestion s : found) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            g.writeStringField("word", s.word());
            g.writeNumberField("count", s.count());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** One line of {@code search --batch} output: {"id","hits"} or {"id","hits":[],"error"}. */
  public static String batchLine(String idJson, List<PassageHit> hits, String error) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeFieldName("id");
          if (idJson == null) g.writeNull();
          else g.writeRawValue(idJson); // as the input wrote it (a string or a number)
          g.writeFieldName("hits");
          hits(g, hits);
          if (error != null) g.writeStringField("error", error);
          g.writeEndObject();
        });
  }

  /**
   * {"docId","passage","counterparts":[{"kind":"quote"|"same fact","overlap",…the hit's fields}…]}
   */
  public static String counterparts(String docId, int passage, List<Counterpart> found) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("docId", docId);
          g.writeNumberField("passage", passage);
          g.writeArrayFieldStart("counterparts");
          for (Counterpart c : found) {
            g.writeStartObject();
            g.writeStringField("kind", kind(c.kind()));
            g.writeFieldName("overlap");
            g.writeNumber(String.format(Locale.ROOT, "%.3f", c.overlap()));
            hitFields(g, c.hit());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /**
   * {"documents","complete","hits":[{"share","documentShare","whole",…the hit's fields}…]}: the
   * hit's highlights are the stretches that carry the text.
   */
  public static String quotes(QuoteResult r) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("documents", r.documents());
          g.writeBooleanField("complete", r.complete());
          g.writeArrayFieldStart("hits");
          for (QuoteHit h : r.hits()) {
            g.writeStartObject();
            g.writeFieldName("share");
            g.writeNumber(String.format(Locale.ROOT, "%.3f", h.share()));
            g.writeFieldName("documentShare");
            g.writeNumber(String.format(Locale.ROOT, "%.3f", h.documentShare()));
            g.writeBooleanField("whole", h.whole());
            hitFields(g, h.hit());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /**
   * {"query","figures":[{"value","disputed","sources":[…],"mentions":[{"written","counted",…the
   * hit's fields}…]}…]}: the figures as JSON numbers.
   */
  public static String figures(String query, List<FigureRow> rows) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("query", query);
          g.writeArrayFieldStart("figures");
          for (FigureRow r : rows) {
            g.writeStartObject();
            g.writeNumberField("value", r.value());
            g.writeBooleanField("disputed", r.disputed());
            g.writeArrayFieldStart("sources");
            for (String s : r.sources()) g.writeString(s);
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (FigureRow.Mention m : r.mentions()) {
              g.writeStartObject();
              g.writeStringField("written", m.written());
              g.writeStringField("counted", m.counted());
              hitFields(g, m.hit());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** How a counterpart is named in JSON and on the page. */
  public static String kind(Counterpart.Kind kind) {
    return kind == Counterpart.Kind.QUOTE ? "quote" : "same fact";
  }

  /** {"score","matches":[{"word","start","term","field"}…],"details"} */
  public static String explanation(HitExplanation e) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("score", e.score());
          g.writeArrayFieldStart("matches");
          for (HitExplanation.WordMatch m : e.matches()) {
            g.writeStartObject();
            g.writeStringField("word", m.word());
            g.writeNumberField("start", m.start());
            g.writeStringField("term", m.term());
            g.writeStringField("field", m.field());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeStringField("details", e.details());
          g.writeEndObject();
        });
  }

  private static void hits(JsonGenerator g, List<PassageHit> hits) throws IOException {
    g.writeStartArray();
    for (PassageHit h : hits) {
      g.writeStartObject();
      hitFields(g, h);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void hitFields(JsonGenerator g, PassageHit h) throws IOException {
    g.writeNumberField("rank", h.rank());
    g.writeStringField("docId", h.docId());
    g.writeStringField("source", h.source());
    g.writeStringField("title", h.title());
    g.writeStringField("date", h.date());
    g.writeStringField("url", h.url());
    g.writeNumberField("passage", h.passage());
    g.writeStringField("text", h.text());
    g.writeNumberField("start", h.start());
    g.writeNumberField("end", h.end());
    g.writeFieldName("score");
    g.writeNumber(String.format(Locale.ROOT, "%.4f", h.score()));
    g.writeArrayFieldStart("highlights");
    for (Span s : h.highlights()) g.writeArray(new int[] {s.start(), s.end()}, 0, 2);
    g.writeEndArray();
  }
}
