package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.RelatedForms;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Reads the figures that passages give about what a query counts. A figure is a number the analysis
 * chain reads (digits, or number words it reads as digits) standing within {@link #NEAR} words of a
 * word of the query; its counted word is the word after it, else the word before. Dates are no
 * figures: a number beside a month name, or a year (1900–2100). Figures are then gathered by value,
 * so digits and words land in one row; a row is disputed when another row counts the same word (its
 * stem): 374 عنصرًا against 175 عنصرًا, 114 شهيدًا against 121.
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

  /** Passages of a search read for figures: up to 50, of any document. */
  static final SearchOptions SEARCH =
      SearchOptions.builder().withLimit(50).withPerDocument(50).withHighlight(false).build();

  /** A search of the index. */
  interface Search {
    SearchResult run(String query) throws IOException;
  }

  /**
   * The figures the passages that {@code search} finds for {@code query} give, read as the search
   * read it (another keyboard layout, a spelling).
   */
  List<FigureRow> figures(String query, Search search) throws IOException {
    SearchResult r = search.run(query);
    return figures(r.readAs() != null ? r.readAs() : query, r.hits());
  }

  /** The figures the hits give for {@code query}, the row given by most outlets first. */
  List<FigureRow> figures(String query, List<PassageHit> hits) {
    // the query's words and their related forms (أطفال for طفل, أيام for يوم), as search found them
    Set<String> asked = new HashSet<>();
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, query)) {
      if (isNumber(t.term()) || ASKING.contains(t.term())) continue;
      asked.addAll(forms(t.term()));
    }
    Map<Long, List<FigureRow.Mention>> byValue = new LinkedHashMap<>();
    Map<Long, Set<String>> countedByValue = new HashMap<>();
    for (PassageHit hit : hits) {
      List<AnalyzedToken> tokens = AnalyzedToken.analyze(analyzer, Schema.TEXT, hit.text());
      for (int i = 0; i < tokens.size(); i++) {
        AnalyzedToken t = tokens.get(i);
        if (!isNumber(t.term()) || t.term().length() > 12 || notAFigure(tokens, i)) continue;
        if (!nearAsked(tokens, t, asked, hit.text())) continue;
        long value = Long.parseLong(t.term());
        AnalyzedToken counted = counted(tokens, t);
        FigureRow.Mention m =
            new FigureRow.Mention(
                withHighlight(hit, t), t.original(), counted == null ? "" : counted.original());
        List<FigureRow.Mention> mentions = byValue.computeIfAbsent(value, v -> new ArrayList<>());
        if (mentions.stream().anyMatch(o -> o.hit().equals(m.hit()))) continue;
        mentions.add(m);
        if (counted != null) {
          countedByValue
              .computeIfAbsent(value, v -> new HashSet<>())
              .addAll(forms(stem(tokens, counted)));
        }
      }
    }
    List<FigureRow> rows = new ArrayList<>();
    byValue.forEach(
        (v, mentions) -> rows.add(new FigureRow(v, disputed(v, countedByValue), mentions)));
    rows.sort(
        (a, b) -> Integer.compare(b.sources().size(), a.sources().size())); // stable: rank order
    return rows;
  }

  /** A stem and its related forms: عنصر and عناصر count the same thing. */
  private static Set<String> forms(String stem) {
    Set<String> out = new HashSet<>(RelatedForms.of(stem));
    out.add(stem);
    return out;
  }

  /** Whether another value is given for a thing {@code value} counts: the accounts disagree. */
  private static boolean disputed(long value, Map<Long, Set<String>> countedByValue) {
    Set<String> mine = countedByValue.getOrDefault(value, Set.of());
    for (Map.Entry<Long, Set<String>> e : countedByValue.entrySet()) {
      if (e.getKey() == value) continue;
      for (String c : e.getValue()) if (mine.contains(c)) return true;
    }
    return false;
  }

  /** The shortest reading of the counted word: its stem, the same for عنصرا and عناصر's kin. */
  private static String stem(List<AnalyzedToken> tokens, AnalyzedToken word) {
    String best = word.term();
    for (AnalyzedToken o : tokens) {
      if (o.position() == word.position()
          && o.start() == word.start()
          && o.term().length() < best.length()) {
        best = o.term();
      }
    }
    return best;
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
      if (MONTH_TYPE.equals(o.type())) {
        int after = o.position() - lastPosition(tokens, t); // the day before its month
        int before = t.position() - o.position(); // the year after its month (كانون الثاني 2022)
        if ((after >= 1 && after <= 2) || (before >= 1 && before <= 2)) return true;
      }
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

  /** The last position a number covers: a number in words spans several. */
  private static int lastPosition(List<AnalyzedToken> tokens, AnalyzedToken number) {
    int last = number.position();
    for (AnalyzedToken o : tokens) {
      if (o.start() >= number.start() && o.end() <= number.end())
        last = Math.max(last, o.position());
    }
    return last;
  }

  private static boolean sentenceEndBetween(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '؟' || c == '?' || c == '!' || c == '\n' || c == '؛') return true;
    }
    return false;
  }

  /** The word the figure counts: the first word after it, else the one before; null if none. */
  private static AnalyzedToken counted(List<AnalyzedToken> tokens, AnalyzedToken figure) {
    AnalyzedToken before = null;
    for (AnalyzedToken o : tokens) {
      if (isNumber(o.term())) continue;
      if (o.end() <= figure.start() && !ASKING.contains(o.term())) before = o;
      if (o.start() >= figure.end() && o.position() <= figure.position() + 3) return o;
    }
    return before != null && before.position() >= figure.position() - 3 ? before : null;
  }

  private static PassageHit withHighlight(PassageHit h, AnalyzedToken figure) {
    return h.withHighlights(List.of(new Span(figure.start(), figure.end())));
  }
}
