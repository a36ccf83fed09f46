package dev.fahras.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to one search.
 *
 * @param query the query as given
 * @param total passages matching the query (with filters), before per-document caps; a lower
 *     bound when {@code totalExact} is false (counting stops at 1000 unless sources are counted)
 * @param totalExact whether {@code total} is exact
 * @param hits the requested page of ranked passages
 * @param sourceCounts matching passages per source, largest first (empty unless requested)
 * @param tookMillis time spent searching, highlighting included
 * @param timedOut true when the time limit cut the search short and results may be partial
 */
public record SearchResult(
    String query, long total, boolean totalExact, List<PassageHit> hits, Map<String, Long> sourceCounts, long tookMillis, boolean timedOut) {
  public SearchResult {
    hits = List.copyOf(hits);
    sourceCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sourceCounts));
  }
}
