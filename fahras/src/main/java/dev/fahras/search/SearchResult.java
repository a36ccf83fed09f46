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
 * @param readAs the query the results are for, when not the one typed (nothing matched that, and
 *     {@link #notice} says how it was read: another keyboard layout, a corrected spelling, Arabic
 *     written in Latin letters), else null
 * @param didYouMean a corrected query to offer, when a word of this one is in no passage (or rare
 *     beside a common spelling one slip away), else null; the results are for the query as typed
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
    String readAs,
    String didYouMean) {

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
    this(query, total, totalExact, hits, sourceCounts, tookMillis, timedOut, notice, null, null);
  }

  /** This result, found for {@code meant}, read from the query typed as {@code how} says. */
  SearchResult readAs(String typed, String meant, Notice how, long tookMillis) {
    return new SearchResult(
        typed, total, totalExact, hits, sourceCounts, tookMillis, timedOut, how, meant, null);
  }

  /** This result, offering {@code corrected} as the query perhaps meant. */
  SearchResult withDidYouMean(String corrected) {
    return new SearchResult(
        query,
        total,
        totalExact,
        hits,
        sourceCounts,
        tookMillis,
        timedOut,
        notice,
        readAs,
        corrected);
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
     * layout ({@code hgps;m} for الحسكة), or Latin typed on an Arabic one: the results are for that
     * reading ({@link #readAs}).
     */
    KEYBOARD_LAYOUT(
        "keyboard-layout",
        "nothing matched the query as typed; typed with the keyboard on the other layout (English"
            + " or Arabic) it reads as another query, and these are the results for that"),
    /**
     * Nothing matched the query as typed, and a word of it is in no passage: the results are for
     * the spelling the index has, one or two slips away ({@link #readAs}).
     */
    SPELLING(
        "spelling",
        "nothing matched the query as typed; these are the results for the closest spelling the"
            + " passages use"),
    /**
     * Nothing matched a query typed in Latin letters, and it reads as Arabic written in them
     * (Arabizi such as 7asaka, an English spelling such as Hasakah, or Buckwalter): the results are
     * for that reading ({@link #readAs}).
     */
    TRANSLITERATION(
        "transliteration",
        "nothing matched the query as typed; read as Arabic written in Latin letters, these are the"
            + " results for that");

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
        query, total, totalExact, hits, counts, tookMillis, timedOut, notice, readAs, didYouMean);
  }
}
