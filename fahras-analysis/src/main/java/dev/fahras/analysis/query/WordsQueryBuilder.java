package dev.fahras.analysis.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's query builder for Fahras's analyzers: the tokens stacked at one position are the word's
 * readings, searched as one {@link ReadingsQuery}, and, when a filter gave them a lower boost
 * ({@link dev.fahras.analysis.FahrasRelatedFormsFilter}: a verb's noun, a plural's singular), its
 * related forms, each a clause of its own scored by its own statistics at that boost. Stock Lucene
 * makes one {@code SynonymQuery} of the whole stack, which MaxScore cannot prune beside other
 * words.
 */
public class WordsQueryBuilder extends QueryBuilder {
  public WordsQueryBuilder(Analyzer analyzer) {
    super(analyzer);
  }

  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    return position(field, terms);
  }

  /** The query for the tokens stacked at one position: readings (boost 1) and weaker forms. */
  public static Query position(String field, TermAndBoost[] terms) {
    List<Term> readings = new ArrayList<>();
    for (TermAndBoost t : terms) if (t.boost() >= 1f) readings.add(new Term(field, t.term()));
    List<Query> weaker = new ArrayList<>();
    for (TermAndBoost t : terms) {
      Term term = new Term(field, t.term());
      // a reading of the word is not its relative too (وادر: ادر is both)
      if (t.boost() < 1f && !readings.contains(term))
        weaker.add(new BoostQuery(new TermQuery(term), t.boost()));
    }
    Query word =
        readings.isEmpty()
            ? null
            : readings.size() == 1
                ? new TermQuery(readings.get(0))
                : new ReadingsQuery(field, readings);
    if (weaker.isEmpty()) return word;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (word != null) b.add(word, BooleanClause.Occur.SHOULD);
    for (Query q : weaker) b.add(q, BooleanClause.Occur.SHOULD);
    return b.build();
  }
}
