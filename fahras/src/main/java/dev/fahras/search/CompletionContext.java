package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
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
    Query before = anyTerm(analyzer, previous);
    if (before == null) return cut(found, n);
    List<Suggestion> together = new ArrayList<>();
    List<Suggestion> apart = new ArrayList<>();
    for (Suggestion s : found) {
      Query word = anyTerm(analyzer, s.word());
      boolean met =
          word != null
              && anyPassage(
                  searcher,
                  new BooleanQuery.Builder()
                      .add(before, BooleanClause.Occur.FILTER)
                      .add(word, BooleanClause.Occur.FILTER)
                      .build());
      (met ? together : apart).add(s);
    }
    together.addAll(apart);
    return cut(together, n);
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

  /** Any of {@code word}'s terms on the stemmed field, or null when it has none (a stopword). */
  private static Query anyTerm(Analyzer analyzer, String word) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int terms = 0;
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, word)) {
      b.add(new TermQuery(new Term(Schema.TEXT, t.term())), BooleanClause.Occur.SHOULD);
      terms++;
    }
    return terms == 0 ? null : b.build();
  }

  /** Whether some live passage matches {@code query}; stops at the first. */
  private static boolean anyPassage(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) continue;
      DocIdSetIterator it = supplier.get(1).iterator();
      Bits live = leaf.reader().getLiveDocs();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live == null || live.get(d)) return true;
      }
    }
    return false;
  }
}
