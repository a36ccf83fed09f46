package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query kept whole under a filter. Lucene inlines a disjunction required beside a filter into one
 * filtered MaxScore pass, which walks the disjunction's densest word and checks the filter at each
 * of its documents: with a word in half the passages and one source in 25, five times slower than
 * the same disjunction unfiltered. Kept whole, the query and the filter are a conjunction led by
 * the sparser of the two (same hits, same scores); for most queries, whose words are rarer than the
 * filter, the filtered MaxScore pass is the faster, so this is used only where it {@link #pays}.
 */
final class FilteredByConjunction extends Query {
  private final Query query;

  FilteredByConjunction(Query query) {
    this.query = Objects.requireNonNull(query);
  }

  /**
   * How many times more passages than the filter the query's densest word must have to be kept
   * whole: measured on the search benchmark (a source is 1/25 of it).
   */
  static final int DENSER_THAN_FILTER = 8;

  /** Whether {@code query}'s densest word is far denser than the passages of {@code sources}. */
  static boolean pays(IndexReader reader, Query query, Set<String> sources) throws IOException {
    long filter = 0;
    for (String source : sources) filter += reader.docFreq(new Term(Schema.SOURCE, source));
    long enough = DENSER_THAN_FILTER * filter;
    long[] densest = {0};
    IOException[] failed = {null};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              if (densest[0] > enough) return; // decided: no more lookups
              try {
                densest[0] = Math.max(densest[0], reader.docFreq(t));
              } catch (IOException e) {
                failed[0] = e;
              }
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
          }
        });
    if (failed[0] != null) throw failed[0];
    return densest[0] > enough;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new FilteredByConjunction(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    return new FilterWeight(this, query.createWeight(searcher, scoreMode, boost)) {};
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((FilteredByConjunction) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
