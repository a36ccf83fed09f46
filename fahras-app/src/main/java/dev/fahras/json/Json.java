package dev.fahras.json;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.search.PassageHit;
import dev.fahras.search.SearchResult;
import dev.fahras.search.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON output of the command line and the web API; shapes are stable (tools depend on them). */
public final class Json {
  private Json() {}

  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  public static String tokens(List<AnalyzedToken> tokens) {
    StringBuilder b = new StringBuilder("{\"tokens\":[");
    for (int i = 0; i < tokens.size(); i++) {
      AnalyzedToken t = tokens.get(i);
      if (i > 0) b.append(',');
      b.append("{\"term\":").append(quote(t.term()))
          .append(",\"position\":").append(t.position())
          .append(",\"start\":").append(t.start())
          .append(",\"end\":").append(t.end())
          .append(",\"original\":").append(quote(t.original()))
          .append(",\"type\":").append(quote(t.type()))
          .append('}');
    }
    return b.append("]}").toString();
  }

  public static String hits(List<PassageHit> hits) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < hits.size(); i++) {
      if (i > 0) b.append(',');
      hit(b, hits.get(i));
    }
    return b.append(']').toString();
  }

  static void hit(StringBuilder b, PassageHit h) {
    b.append("{\"rank\":").append(h.rank())
        .append(",\"docId\":").append(quote(h.docId()))
        .append(",\"source\":").append(quote(h.source()))
        .append(",\"title\":").append(quote(h.title()))
        .append(",\"date\":").append(quote(h.date()))
        .append(",\"url\":").append(quote(h.url()))
        .append(",\"passage\":").append(h.passage())
        .append(",\"text\":").append(quote(h.text()))
        .append(",\"start\":").append(h.start())
        .append(",\"end\":").append(h.end())
        .append(",\"score\":").append(String.format(Locale.ROOT, "%.4f", h.score()))
        .append(",\"highlights\":[");
    for (int j = 0; j < h.highlights().size(); j++) {
      Span s = h.highlights().get(j);
      if (j > 0) b.append(',');
      b.append('[').append(s.start()).append(',').append(s.end()).append(']');
    }
    b.append("]}");
  }

  /** {"query","total","hits":[…]} plus, when present, "sources" and "tookMs". */
  public static String result(SearchResult r) {
    StringBuilder b = new StringBuilder("{\"query\":").append(quote(r.query()))
        .append(",\"total\":").append(r.total())
        .append(",\"hits\":").append(hits(r.hits()));
    if (!r.totalExact()) b.append(",\"totalExact\":false");
    if (!r.sourceCounts().isEmpty()) {
      b.append(",\"sources\":{");
      boolean first = true;
      for (Map.Entry<String, Long> e : r.sourceCounts().entrySet()) {
        if (!first) b.append(',');
        first = false;
        b.append(quote(e.getKey())).append(':').append(e.getValue());
      }
      b.append('}');
    }
    b.append(",\"tookMs\":").append(r.tookMillis());
    if (r.timedOut()) b.append(",\"timedOut\":true");
    if (r.notice() != null) {
      b.append(",\"notice\":").append(quote(r.notice().message())).append(",\"noticeCode\":").append(quote(r.notice().code()));
    }
    return b.append('}').toString();
  }
}
