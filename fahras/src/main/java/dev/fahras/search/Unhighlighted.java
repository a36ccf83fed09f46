package dev.fahras.search;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Evidence that counts for ranking but is not what the user typed: rewrites to it for searching,
 * and tells a {@link Highlighter} visiting the query not to light its terms (an answer type's
 * numbers and months; the exact forms of a phrase's words, which count only where the phrase is).
 */
final class Unhighlighted extends Query {
  private final Query inner;

  Unhighlighted(Query inner) {
    this.inner = inner;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    return inner;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
  }

  @Override
  public String toString(String field) {
    return "scoreOnly(" + inner.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && inner.equals(((Unhighlighted) o).inner);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + inner.hashCode();
  }
}
