package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * Reads the figures that passages give about what a query counts. A figure is a number the analysis
 * chain reads (digits, or number words it reads as digits) standing within {@link #NEAR} words of a
 * word of the query; its counted word is the word after it, else the word before. Dates are no
 * figures: a number beside a month name, or a year (1900–2100). Figures are then gathered by value,
 * so digits and words land in one row, and every row is marked disputed when the passages give more
 * than one value.
 */
final class FigureFinder {
  /** Words between a figure and a word of the query, at most, in one sentence. */
  static final int NEAR = 12;

  private static final String MONTH_TYPE = "<MONTH>";

  /** Question words that ask for a figure without naming what is counted. */
  private static final Set<String> ASKING = Set.of("كم", "عدد", "اعداد", "بلغ", "حصيل");

  private final Analyzer analyzer;

  FigureFinder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The figures the hits give for {@code query}, the row given by most outlets first. */
  List<FigureRow> figures(String query, List<PassageHit> hits) {
    Set<String> asked =
        AnalyzedToken.analyze(analyzer, Schema.TEXT, query).stream()
            .map(AnalyzedToken::term)
            .filter(t -> !isNumber(t) && !ASKING.contains(t))
            .collect(Collectors.toSet());
    Map<Long, List<FigureRow.Mention>> byValue = new LinkedHashMap<>();
    for (PassageHit hit : hits) {
      List<AnalyzedToken> tokens = AnalyzedToken.analyze(analyzer, Schema.TEXT, hit.text());
      for (int i = 0; i < tokens.size(); i++) {
        AnalyzedToken t = tokens.get(i);
        if (!isNumber(t.term()) || t.term().length() > 12 || notAFigure(tokens, i)) continue;
        if (!nearAsked(tokens, t, asked, hit.text())) continue;
        long value = Long.parseLong(t.term());
        FigureRow.Mention m =
            new FigureRow.Mention(withHighlight(hit, t), t.original(), counted(tokens, t));
        List<FigureRow.Mention> mentions = byValue.computeIfAbsent(value, v -> new ArrayList<>());
        boolean again = mentions.stream().anyMatch(o -> o.hit().equals(m.hit()));
        if (!again) mentions.add(m);
      }
    }
    boolean disputed = byValue.size() > 1;
    List<FigureRow> rows = new ArrayList<>();
    byValue.forEach((v, mentions) -> rows.add(new FigureRow(v, disputed, mentions)));
    rows.sort(
        (a, b) -> Integer.compare(b.sources().size(), a.sources().size())); // stable: rank order
    return rows;
  }

  private static boolean isNumber(String term) {
    return !term.isEmpty() && term.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * A year, a number next to a month name (the day, or the year after it), or part of a longer
   * number.
   */
  private static boolean notAFigure(List<AnalyzedToken> tokens, int i) {
    AnalyzedToken t = tokens.get(i);
    long v = t.term().length() <= 4 ? Long.parseLong(t.term()) : -1;
    if (v >= 1900 && v <= 2100) return true;
    for (AnalyzedToken o : tokens) {
      if (MONTH_TYPE.equals(o.type()) && Math.abs(o.position() - t.position()) <= 3) return true;
      // a digit inside a longer number (the 5 of الـ5 آلاف): the longer one is the figure
      if (o != t
          && isNumber(o.term())
          && o.start() <= t.start()
          && o.end() >= t.end()
          && o.end() - o.start() > t.end() - t.start()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the query stands within {@link #NEAR} positions of the figure. */
  private static boolean nearAsked(
      List<AnalyzedToken> tokens, AnalyzedToken figure, Set<String> asked, String text) {
    for (AnalyzedToken o : tokens) {
      if (asked.contains(o.term())
          && Math.abs(o.position() - figure.position()) <= NEAR + 1
          && !sentenceEndBetween(
              text, Math.min(o.end(), figure.end()), Math.max(o.start(), figure.start()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceEndBetween(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '؟' || c == '?' || c == '!' || c == '\n' || c == '؛') return true;
    }
    return false;
  }

  /** The word the figure counts, as written: the first word after it, else the one before. */
  private static String counted(List<AnalyzedToken> tokens, AnalyzedToken figure) {
    AnalyzedToken before = null;
    for (AnalyzedToken o : tokens) {
      if (isNumber(o.term())) continue;
      if (o.end() <= figure.start() && !ASKING.contains(o.term())) before = o;
      if (o.start() >= figure.end() && o.position() <= figure.position() + 3) return o.original();
    }
    return before != null && before.position() >= figure.position() - 3 ? before.original() : "";
  }

  private static PassageHit withHighlight(PassageHit h, AnalyzedToken figure) {
    return new PassageHit(
        h.rank(),
        h.docId(),
        h.source(),
        h.title(),
        h.date(),
        h.url(),
        h.passage(),
        h.text(),
        h.start(),
        h.end(),
        h.score(),
        List.of(new Span(figure.start(), figure.end())));
  }
}
