package dev.fahras.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;

/**
 * Options for one search. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * <ul>
 *   <li>{@code limit}, {@code offset}: the page (default 10 from 0); order is stable, ties broken
 *       by document id then passage ordinal;
 *   <li>{@code sources}: only these outlets (default all); {@code from}/{@code to}: inclusive date
 *       range (documents without a date are left out when either is set);
 *   <li>{@code perDocument}: at most this many passages of one document (default 2) so one long
 *       article cannot fill the page;
 *   <li>{@code perSource}: when above 0, at most this many passages per outlet — the per-source
 *       comparison view (default 0, off);
 *   <li>{@code countSources}: also count matching passages per source (default false);
 *   <li>{@code mode}: {@link Mode#PLAIN} (default; never a syntax error) or {@link Mode#ADVANCED}
 *       (Lucene syntax with fields);
 *   <li>{@code highlight}: compute highlight spans (default true);
 *   <li>{@code timeoutMillis}: stop after this long with partial results (default 2000);
 *   <li>{@code rerankDepth}: how many of the best first-stage candidates the costly evidence
 *       reranks (default {@value #DEFAULT_RERANK_DEPTH}; more if the page needs more); a passage
 *       below it keeps its first-stage rank. At the default the top 10 of every dev-set and ARCD
 *       query are those of reranking every match.
 * </ul>
 */
public record SearchOptions(
    int limit,
    int offset,
    Set<String> sources,
    LocalDate from,
    LocalDate to,
    int perDocument,
    int perSource,
    boolean countSources,
    Mode mode,
    boolean highlight,
    long timeoutMillis,
    int rerankDepth) {
  /** How the query text is read. */
  public enum Mode {
    PLAIN,
    ADVANCED
  }

  /** Candidates reranked by default; see {@code rerankDepth}. */
  public static final int DEFAULT_RERANK_DEPTH = 100;

  /**
   * Every option checked, as the builder checks each.
   *
   * @throws InvalidOptionException naming an option out of its range
   */
  public SearchOptions {
    checkLimit(limit);
    checkOffset(offset);
    sources = Set.copyOf(sources);
    checkDates(from, to);
    checkPerDocument(perDocument);
    checkPerSource(perSource);
    Objects.requireNonNull(mode, "mode");
    checkTimeout(timeoutMillis);
    checkRerankDepth(rerankDepth);
  }

  public static SearchOptions defaults() {
    return builder().build();
  }

  /**
   * A date as the date options and the advanced syntax's date ranges take it: YYYY-MM-DD; null for
   * null or empty text.
   *
   * @throws IllegalArgumentException saying what a date looks like
   */
  public static LocalDate parseDate(String text) {
    if (text == null || text.isEmpty()) return null;
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to change some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.offset = offset;
    b.sources = sources;
    b.from = from;
    b.to = to;
    b.perDocument = perDocument;
    b.perSource = perSource;
    b.countSources = countSources;
    b.mode = mode;
    b.highlight = highlight;
    b.timeoutMillis = timeoutMillis;
    b.rerankDepth = rerankDepth;
    return b;
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidOptionException("limit", "must be 1..1000, was " + limit);
    }
  }

  private static void checkOffset(int offset) {
    if (offset < 0 || offset > 10_000) {
      throw new InvalidOptionException("offset", "must be 0..10000, was " + offset);
    }
  }

  private static void checkDates(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  private static void checkPerDocument(int cap) {
    if (cap < 1) throw new InvalidOptionException("perDocument", "must be at least 1");
  }

  private static void checkPerSource(int cap) {
    if (cap < 0) throw new InvalidOptionException("perSource", "must be 0 (off) or more");
  }

  private static void checkTimeout(long millis) {
    if (millis < 1) throw new InvalidOptionException("timeout", "must be positive");
  }

  private static void checkRerankDepth(int depth) {
    if (depth < 1 || depth > 100_000) {
      throw new InvalidOptionException("rerankDepth", "must be 1..100000, was " + depth);
    }
  }

  /** Builder for {@link SearchOptions}, checking each option as it is set; not thread-safe. */
  public static final class Builder {
    private int limit = 10;
    private int offset = 0;
    private Set<String> sources = Set.of();
    private LocalDate from;
    private LocalDate to;
    private int perDocument = 2;
    private int perSource = 0;
    private boolean countSources = false;
    private Mode mode = Mode.PLAIN;
    private boolean highlight = true;
    private long timeoutMillis = 2000;
    private int rerankDepth = DEFAULT_RERANK_DEPTH;

    private Builder() {}

    public Builder withLimit(int limit) {
      checkLimit(limit);
      this.limit = limit;
      return this;
    }

    public Builder withOffset(int offset) {
      checkOffset(offset);
      this.offset = offset;
      return this;
    }

    public Builder withSources(Set<String> sources) {
      this.sources = Set.copyOf(sources);
      return this;
    }

    public Builder withDateRange(LocalDate from, LocalDate to) {
      checkDates(from, to);
      this.from = from;
      this.to = to;
      return this;
    }

    public Builder withPerDocument(int cap) {
      checkPerDocument(cap);
      this.perDocument = cap;
      return this;
    }

    public Builder withPerSource(int cap) {
      checkPerSource(cap);
      this.perSource = cap;
      return this;
    }

    public Builder withCountSources(boolean on) {
      this.countSources = on;
      return this;
    }

    public Builder withMode(Mode mode) {
      this.mode = Objects.requireNonNull(mode);
      return this;
    }

    public Builder withHighlight(boolean on) {
      this.highlight = on;
      return this;
    }

    public Builder withTimeoutMillis(long millis) {
      checkTimeout(millis);
      this.timeoutMillis = millis;
      return this;
    }

    public Builder withRerankDepth(int depth) {
      checkRerankDepth(depth);
      this.rerankDepth = depth;
      return this;
    }

    public SearchOptions build() {
      return new SearchOptions(
          limit,
          offset,
          sources,
          from,
          to,
          perDocument,
          perSource,
          countSources,
          mode,
          highlight,
          timeoutMillis,
          rerankDepth);
    }
  }
}
