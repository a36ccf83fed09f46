package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * What a plain query may have meant, over one view of the index: when it finds nothing as typed,
 * the other keyboard layout, Arabic in Latin letters and the spelling the passages use, in turn,
 * until a reading finds; when it finds, a correction to offer for a word in no passage. A query
 * whose words are all in the index costs one document-frequency look per word.
 */
final class QueryReadings {
  /** Runs a query as typed: the searcher's own search. */
  interface Search {
    SearchResult run(String query) throws IOException;
  }

  private static final List<SearchResult.Notice> READINGS =
      List.of(
          SearchResult.Notice.KEYBOARD_LAYOUT,
          SearchResult.Notice.TRANSLITERATION,
          SearchResult.Notice.SPELLING);

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final TypingAidsCache aids;
  private final TypingAids.Known known;

  QueryReadings(IndexReader reader, Analyzer analyzer, TypingAidsCache aids) {
    this.reader = reader;
    this.analyzer = analyzer;
    this.aids = aids;
    this.known = word -> maxDocFreq(word) != 0;
  }

  /**
   * {@code typed} (the result of {@code query} as typed) with a correction offered, or, when it
   * found nothing, the result of the first reading that finds; else {@code typed} itself.
   */
  SearchResult after(String query, SearchResult typed, Search search, long started)
      throws IOException {
    if (typed.total() > 0) {
      if (!hasUnknownOrRareWord(query)) return typed;
      String corrected = aids.of(reader).correct(query, known, true);
      return corrected == null ? typed : typed.withDidYouMean(corrected);
    }
    for (SearchResult.Notice how : READINGS) {
      SearchResult r = tryReading(query, reading(query, how), how, search, started);
      if (r != null) return r;
    }
    // typed on the other layout and misspelt as well
    String keys = reading(query, SearchResult.Notice.KEYBOARD_LAYOUT);
    String fixed = keys == null ? null : reading(keys, SearchResult.Notice.SPELLING);
    SearchResult r = tryReading(query, fixed, SearchResult.Notice.KEYBOARD_LAYOUT, search, started);
    return r != null ? r : typed;
  }

  private static SearchResult tryReading(
      String query, String meant, SearchResult.Notice how, Search search, long started)
      throws IOException {
    if (meant == null || meant.equals(query)) return null;
    SearchResult r = search.run(meant);
    long took = (System.nanoTime() - started) / 1_000_000;
    return r.total() > 0 ? r.readAs(query, meant, how, took) : null;
  }

  /** {@code query} read as {@code how} says, or null when it does not read so. */
  private String reading(String query, SearchResult.Notice how) throws IOException {
    String q = query.strip();
    return switch (how) {
      case KEYBOARD_LAYOUT -> {
        String arabic = KeyboardLayout.arabicFromLatin(q);
        yield arabic != null ? arabic : KeyboardLayout.latinFromArabic(q);
      }
      case TRANSLITERATION -> LatinReadings.isLatin(q) ? aids.of(reader).latin().read(q) : null;
      case SPELLING -> hasUnknownOrRareWord(q) ? aids.of(reader).correct(q, known, false) : null;
      default -> null;
    };
  }

  /**
   * Whether a word of {@code query} is in no passage, or in very few: the only queries worth the
   * vocabulary. Reads the stemmed field's document frequencies only.
   */
  private boolean hasUnknownOrRareWord(String query) throws IOException {
    for (String word : query.strip().split("\\s+")) {
      if (!TypingAids.isPlainWord(word)) continue;
      if (!known.test(word) || maxDocFreq(word) <= TypingAids.RARE_COUNT) return true;
    }
    return false;
  }

  /** The largest passage frequency among {@code word}'s terms; -1 when it has none (a stopword). */
  private int maxDocFreq(String word) throws IOException {
    int max = -1;
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, word)) {
      max = Math.max(max, reader.docFreq(new Term(Schema.TEXT, t.term())));
    }
    return max;
  }
}
