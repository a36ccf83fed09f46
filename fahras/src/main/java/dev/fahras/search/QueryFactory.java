package dev.fahras.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Turns what a user typed into a Lucene query over the passage fields, within the limits on length
 * and clauses: plain text ({@link PlainSyntax}, ranked as {@link Ranking} says) or the advanced
 * syntax ({@link AdvancedQueryParser}). Thread-safe.
 */
public final class QueryFactory {
  /** Limits: query length in chars, clauses, prefix length. */
  public static final int MAX_QUERY_CHARS = 1000;

  public static final int MAX_CLAUSES = 256;
  public static final int MIN_PREFIX_CHARS = 2;

  private final Analyzer analyzer;
  private final PlainQueryBuilder plain;

  /** Queries analyzed like the index. */
  public QueryFactory(Analyzer perFieldAnalyzer) {
    this(perFieldAnalyzer, null);
  }

  /**
   * Queries analyzed like the index ({@code perFieldAnalyzer}), plus, when {@code withSynonyms} is
   * not null, a lower-weighted expansion through it.
   */
  public QueryFactory(Analyzer perFieldAnalyzer, Analyzer withSynonyms) {
    this(perFieldAnalyzer, withSynonyms, Set.of());
  }

  /** As above, without the kinds of ranking evidence in {@code off}. */
  public QueryFactory(Analyzer perFieldAnalyzer, Analyzer withSynonyms, Set<Evidence> off) {
    this.analyzer = perFieldAnalyzer;
    this.plain =
        new PlainQueryBuilder(
            perFieldAnalyzer, off.contains(Evidence.SYNONYMS) ? null : withSynonyms, off);
  }

  /**
   * Builds the query for {@code text} without index statistics (long queries may be refused): both
   * ranking stages as one query.
   */
  public Query build(String text, SearchOptions.Mode mode) {
    return build(text, mode, null).full();
  }

  /**
   * Builds the query for {@code text}; never null (a query that matches nothing if need be). A
   * plain query over the clause budget keeps its most informative free words ({@link
   * InformativeWords}, ranked with {@code docFreq}): as many as the budget allows.
   */
  RankedQuery build(String text, SearchOptions.Mode mode, InformativeWords.DocFreq docFreq) {
    if (text == null) throw new InvalidQueryException("the query is empty");
    if (text.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException(
          "the query is " + text.length() + " characters long; the limit is " + MAX_QUERY_CHARS,
          MAX_QUERY_CHARS);
    }
    String query = mode == SearchOptions.Mode.PLAIN ? RunOnWords.split(text) : text;
    RankedQuery q =
        mode == SearchOptions.Mode.ADVANCED
            ? AdvancedQueryParser.parseRanked(analyzer, query)
            : plain.build(query, free -> free, docFreq);
    if (countClauses(q.full()) > MAX_CLAUSES
        && mode == SearchOptions.Mode.PLAIN
        && docFreq != null) {
      q = withinBudget(query, docFreq, q);
    }
    int clauses = countClauses(q.full());
    if (clauses > MAX_CLAUSES) {
      throw new InvalidQueryException(
          "the query has "
              + clauses
              + " clauses; the limit is "
              + MAX_CLAUSES
              + (mode == SearchOptions.Mode.ADVANCED
                  ? ": use fewer words or shorter expansions"
                  : ": use fewer quoted phrases and +/- words"));
    }
    return q;
  }

  /** The largest number of most informative free words whose query fits the budget. */
  private RankedQuery withinBudget(
      String text, InformativeWords.DocFreq docFreq, RankedQuery whole) {
    String free = null;
    for (PlainSyntax.Part p : PlainSyntax.parts(text)) {
      if (!p.phrase() && p.sign() == 0) free = p.text();
    }
    if (free == null) return whole; // no free words: the phrases and signed words are too many
    // the free words are ranked once; binary search on how many to keep
    InformativeWords ranked = new InformativeWords(free, analyzer, docFreq);
    RankedQuery best = plain.build(text, words -> ranked.keep(1), docFreq);
    int lo = 1;
    int hi = ranked.size();
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      RankedQuery q = plain.build(text, words -> ranked.keep(mid), docFreq);
      if (countClauses(q.full()) <= MAX_CLAUSES) {
        lo = mid;
        best = q;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  static int countClauses(Query q) {
    int[] count = {0};
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            count[0] += terms.length;
          }

          @Override
          public void visitLeaf(Query query) {
            count[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return count[0];
  }
}
