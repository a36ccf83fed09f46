package dev.fahras.analysis.query;

import dev.fahras.analysis.FahrasRelatedFormsFilter;
import dev.fahras.analysis.RelatedForms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestWordsQueryBuilder extends LuceneTestCase {
  private static final String F = "text";

  /** وادر read two ways, as the stemmer stacks a proclitic's readings; then related forms. */
  private final Analyzer queryAnalyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer t = new WhitespaceTokenizer();
          return new TokenStreamComponents(
              t, new FahrasRelatedFormsFilter(new StackedReadings(t, Map.of("وادر", "ادر"))));
        }
      };

  @Override
  public void tearDown() throws Exception {
    queryAnalyzer.close();
    super.tearDown();
  }

  /** Readings make one ReadingsQuery; related forms are clauses of their own at their weight. */
  public void testReadingsAndRelatedForms() {
    Query q = new WordsQueryBuilder(queryAnalyzer).createBooleanQuery(F, "وادر حارس");
    List<BooleanClause> words = ((BooleanQuery) q).clauses();
    assertEquals(2, words.size());
    // وادر: its readings, then the relatives of each (ودار...), none of them a reading again
    List<BooleanClause> first = ((BooleanQuery) words.get(0).query()).clauses();
    assertEquals(
        new ReadingsQuery(F, List.of(new Term(F, "ادر"), new Term(F, "وادر"))),
        first.get(0).query());
    assertTrue(first.size() > 1);
    for (BooleanClause c : first.subList(1, first.size())) {
      BoostQuery relative = (BoostQuery) c.query();
      assertEquals(RelatedForms.WEIGHT, relative.getBoost(), 0f);
      String form = ((TermQuery) relative.getQuery()).getTerm().text();
      assertFalse(form, form.equals("ادر") || form.equals("وادر"));
    }
    List<Query> expected = new ArrayList<>();
    expected.add(new TermQuery(new Term(F, "حارس")));
    for (String form : RelatedForms.of("حارس"))
      expected.add(new BoostQuery(new TermQuery(new Term(F, form)), RelatedForms.WEIGHT));
    List<Query> got = new ArrayList<>();
    for (BooleanClause c : ((BooleanQuery) words.get(1).query()).clauses()) {
      assertEquals(BooleanClause.Occur.SHOULD, c.occur());
      got.add(c.query());
    }
    assertEquals(expected, got);
  }

  /** A passage holding only a related form scores that form's own BM25 score at its weight. */
  public void testRelatedFormScoresAtItsWeight() throws Exception {
    try (Directory dir = newDirectory()) {
      WordIndex.write(dir, F, 40, i -> i % 4 == 0 ? "حراس ملء" : "حارس ملء");
      try (IndexReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        Query q = new WordsQueryBuilder(queryAnalyzer).createBooleanQuery(F, "حارس");
        TopDocs all = searcher.search(q, 40);
        assertEquals(40, all.totalHits.value());
        TopDocs plural = searcher.search(new TermQuery(new Term(F, "حراس")), 40);
        assertEquals(10, plural.totalHits.value());
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc sd : all.scoreDocs) scores.put(sd.doc, sd.score);
        for (ScoreDoc sd : plural.scoreDocs) {
          assertEquals(RelatedForms.WEIGHT * sd.score, scores.get(sd.doc), 1e-5f);
        }
      }
    }
  }

  /** The tokens stacked at one position, as the stemmer stacks a word's readings. */
  private static final class StackedReadings extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final Map<String, String> second;
    private String pending;

    StackedReadings(TokenStream input, Map<String, String> second) {
      super(input);
      this.second = second;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (pending != null) {
        term.setEmpty().append(pending);
        increment.setPositionIncrement(0);
        pending = null;
        return true;
      }
      if (!input.incrementToken()) return false;
      pending = second.get(term.toString());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending = null;
    }
  }
}
