package dev.fahras.analysis.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;

/**
 * The readings of one word at one position (وأدرى as ادر and وادر; كسفير as كسفير and سفير), scored
 * as the best of them, as a disjunction-max would, yet as a flat disjunction that Lucene's MaxScore
 * can prune. Ordered by IDF, each reading adds the IDF it has beyond the one before it: where a
 * passage holds every reading of the word, the sum is the rarest reading's score; where it holds
 * only the common one, that one's. A {@code SynonymQuery} (or a disjunction-max) beside other
 * clauses made the common reading essential to MaxScore and every passage holding it was scored:
 * وأدرى, whose ادر is in a third of the bench passages, took 15 ms against 1.5. The weights assume
 * BM25's IDF; the statistics are the searcher's (a cluster's distributed ones under OpenSearch's
 * {@code dfs_query_then_fetch}).
 */
public final class ReadingsQuery extends Query {
  private final String field;
  private final Term[] terms;

  public ReadingsQuery(String field, List<Term> terms) {
    this.field = field;
    this.terms = terms.toArray(Term[]::new);
    Arrays.sort(this.terms);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    CollectionStatistics collection = searcher.collectionStatistics(field);
    if (collection == null) return new MatchNoDocsQuery("no " + field + " in the index");
    List<Reading> present = new ArrayList<>();
    for (Term t : terms) {
      TermStates states = TermStates.build(searcher, t, true);
      if (states.docFreq() == 0) continue;
      TermStatistics stats = searcher.termStatistics(t, states.docFreq(), states.totalTermFreq());
      present.add(new Reading(t, states, idf(stats, collection)));
    }
    if (present.isEmpty()) return new MatchNoDocsQuery("no reading in the index");
    present.sort(Comparator.comparingDouble(Reading::idf));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    double before = 0;
    for (Reading r : present) {
      float weight = (float) ((r.idf - before) / r.idf);
      before = r.idf;
      if (weight <= 0) continue; // as common as the reading before it: adds nothing
      Query q = new TermQuery(r.term, r.states);
      b.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** BM25's IDF (Lucene's formula), from the term's and the field's statistics. */
  private static double idf(TermStatistics term, CollectionStatistics collection) {
    long docFreq = term.docFreq();
    long docCount = collection.docCount();
    return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  private record Reading(Term term, TermStates states, double idf) {}

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this).consumeTerms(this, terms);
    }
  }

  @Override
  public String toString(String defaultField) {
    StringBuilder s = new StringBuilder("Readings(");
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) s.append(' ');
      s.append(terms[i].field().equals(defaultField) ? terms[i].text() : terms[i].toString());
    }
    return s.append(')').toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && field.equals(((ReadingsQuery) other).field)
        && Arrays.equals(terms, ((ReadingsQuery) other).terms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, Arrays.hashCode(terms));
  }
}
