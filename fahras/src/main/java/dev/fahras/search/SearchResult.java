package dev.fahras.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to one search.
 *
 * @param query the query as given
 * @param total passages matching the query (with filters), before per-document caps; a lower bound
 *     when {@code totalExact} is false (counting stops at 1000 unless sources are counted)
 * @param totalExact whether {@code total} is exact
 * @param hits the requested page of ranked passages
 * @param sourceCounts matching passages per source, largest first (empty unless requested)
 * @param tookMillis time spent searching, highlighting included
 * @param timedOut true when the time limit cut the search short and results may be partial
 * @param notice something the user should know about the query itself, or null
 * @param readAs the query the results are for, when not the one typed (a keyboard-layout slip read
 *     as Arabic), else null
 */
public record SearchResult(
    String query,
    long total,
    boolean totalExact,
    List<PassageHit> hits,
    Map<String, Long> sourceCounts,
    long tookMillis,
    boolean timedOut,
    Notice notice,
    String readAs) {

  /** A result searched as typed. */
  public SearchResult(
      String query,
      long total,
      boolean totalExact,
      List<PassageHit> hits,
      Map<String, Long> sourceCounts,
      long tookMillis,
      boolean timedOut,
      Notice notice) {
    this(query, total, totalExact, hits, sourceCounts, tookMillis, timedOut, notice, null);
  }

  /** This result, found for {@code readAs}: the query as the user meant it. */
  SearchResult readAs(String typed, String meant) {
    return new SearchResult(
        typed,
        total,
        totalExact,
        hits,
        sourceCounts,
        tookMillis,
        timedOut,
        Notice.KEYBOARD_LAYOUT,
        meant);
  }

  /** What a search can tell the user about their query. */
  public enum Notice {
    /**
     * A plain query has words, but every one of them is a stopword: they were searched only side by
     * side, as written (a phrase such as ومن قبل), or not at all when the index cannot.
     */
    ONLY_STOPWORDS(
        "only-stopwords",
        "every word of the query is a stopword, so only passages with these words side by side, as"
            + " written, were searched; add a more specific word to search by meaning"),
    /** A plain query only excludes words (-word): there is nothing to look for. */
    ONLY_EXCLUSIONS(
        "only-exclusions", "the query only excludes words (-word); add a word to search for"),
    /**
     * Nothing matched the query as typed, and it reads as Arabic typed on an English keyboard
     * layout ({@code hgps;m} for الحسكة): the results are for that reading ({@link #readAs}).
     */
    KEYBOARD_LAYOUT(
        "keyboard-layout",
        "nothing matched the query as typed; typed on an English keyboard layout it is Arabic,"
            + " and these are the results for that");

    private final String code;
    private final String message;

    Notice(String code, String message) {
      this.code = code;
      this.message = message;
    }

    /** A stable identifier, for programs (the web page says it in Arabic). */
    public String code() {
      return code;
    }

    /** The sentence for a user. */
    public String message() {
      return message;
    }
  }

  public SearchResult {
    hits = List.copyOf(hits);
    sourceCounts = Collections.unmodifiableMap(new LinkedHashMap<>(sourceCounts));
  }

  /** This result with other per-source counts (the rest unchanged). */
  public SearchResult withSourceCounts(Map<String, Long> counts) {
    return new SearchResult(
        query, total, totalExact, hits, counts, tookMillis, timedOut, notice, readAs);
  }
}
