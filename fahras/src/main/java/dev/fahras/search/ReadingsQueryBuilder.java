package dev.fahras.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/** Lucene's query builder with a word's stacked readings as one {@link ReadingsQuery}. */
final class ReadingsQueryBuilder extends QueryBuilder {
  ReadingsQueryBuilder(Analyzer analyzer) {
    super(analyzer);
  }

  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    return readings(field, terms);
  }

  /** The stacked {@code terms} of one position as a {@link ReadingsQuery} (their boosts are 1). */
  static Query readings(String field, TermAndBoost[] terms) {
    List<Term> readings = new ArrayList<>();
    for (TermAndBoost t : terms) readings.add(new Term(field, t.term()));
    return new ReadingsQuery(field, readings);
  }
}
