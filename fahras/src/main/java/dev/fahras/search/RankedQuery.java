package dev.fahras.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A query in two stages: {@code candidates} finds the matching passages and ranks them with cheap
 * evidence (one stemmed field, so Lucene can skip what cannot reach the top); {@code evidence},
 * when not null, adds the costly evidence (exact forms, word pairs, title, answer types) to the
 * best of them. A passage's score is the sum of both, as {@link #full()} computes it for one
 * passage. {@code onlyStopwords}: every word was a stopword, and {@code candidates} looks for them
 * side by side in their own field.
 */
record RankedQuery(Query candidates, Query evidence, boolean onlyStopwords) {

  RankedQuery(Query candidates, Query evidence) {
    this(candidates, evidence, false);
  }

  /** Both stages as one query: what explanations and highlighting see. */
  Query full() {
    if (evidence == null) return candidates;
    return new BooleanQuery.Builder()
        .add(candidates, BooleanClause.Occur.MUST)
        .add(evidence, BooleanClause.Occur.SHOULD)
        .build();
  }
}
