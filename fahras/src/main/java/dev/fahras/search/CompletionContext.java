package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The words typed before the one being completed, as context: completions that some passage holds
 * together with the word typed just before come first (سجن الحس → سجن الحسكة before سجن الحسن), the
 * order by use kept within each group. One look per completion, stopped at the first passage.
 */
final class CompletionContext {
  private CompletionContext() {}

  /** {@code found} with the completions that meet the previous word first, at most {@code n}. */
  static List<Suggestion> rank(
      IndexSearcher searcher, Analyzer analyzer, String typed, List<Suggestion> found, int n)
      throws IOException {
    String previous = previousWord(typed);
    if (previous == null || found.size() <= 1) return cut(found, n);
    Term[] before = terms(analyzer, previous);
    if (before.length == 0) return cut(found, n);
    List<Suggestion> together = new ArrayList<>();
    List<Suggestion> apart = new ArrayList<>();
    List<Suggestion> repeated = new ArrayList<>();
    List<Term> previousTerms = List.of(before);
    for (Suggestion s : found) {
      String first = s.word().split(" ")[0];
      Term[] word = terms(analyzer, first);
      if (Arrays.stream(word).anyMatch(previousTerms::contains)) {
        repeated.add(s); // the word typed again (سجن السجن): last
        continue;
      }
      boolean met = word.length > 0 && anyPassage(searcher, both(before, word));
      (met ? together : apart).add(s);
    }
    together.addAll(apart);
    together.addAll(repeated);
    return cut(together, n);
  }

  /**
   * Passages holding a reading of each word. Side by side would say more, but a phrase look per
   * completion cost 17–26 ms p99 at a million passages (bench typing), a passage look 2.7.
   */
  private static Query both(Term[] first, Term[] second) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(anyOf(first), BooleanClause.Occur.FILTER);
    b.add(anyOf(second), BooleanClause.Occur.FILTER);
    return b.build();
  }

  private static Query anyOf(Term[] terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Term t : terms) b.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private static List<Suggestion> cut(List<Suggestion> list, int n) {
    return list.size() > n ? List.copyOf(list.subList(0, n)) : list;
  }

  /** The word before the last of {@code typed}, or null when there is none. */
  static String previousWord(String typed) {
    String[] words = typed.strip().split("\\s+");
    if (words.length < 2 || Character.isWhitespace(typed.charAt(typed.length() - 1))) return null;
    return words[words.length - 2];
  }

  /**
   * {@code word}'s terms on the stemmed field, its readings at one position; none for a stopword.
   */
  private static Term[] terms(Analyzer analyzer, String word) throws IOException {
    return AnalyzedToken.analyze(analyzer, Schema.TEXT, word).stream()
        .map(t -> new Term(Schema.TEXT, t.term()))
        .distinct()
        .toArray(Term[]::new);
  }

  /**
   * Whether some live passage matches {@code query}; stops at the first, and gives up (false) after
   * {@link #BUDGET} passages holding both words but not side by side: two common words far apart
   * would otherwise cost a scan of every passage holding both.
   */
  private static boolean anyPassage(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    int tried = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) continue;
      Scorer scorer = supplier.get(1);
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      Bits live = leaf.reader().getLiveDocs();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (++tried > BUDGET) return false;
        if ((live == null || live.get(d)) && (twoPhase == null || twoPhase.matches())) return true;
      }
    }
    return false;
  }

  /** Candidates looked at, at most. */
  static final int BUDGET = 256;
}
