package dev.fahras.analysis.query;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestReadingsQuery extends LuceneTestCase {
  private static final String F = "text";

  /**
   * A passage holding both readings of the word scores as the rarer reading alone would; one
   * holding only the common reading, as that one; the same passages match as with a SynonymQuery.
   */
  public void testScoresAsTheBestReading() throws Exception {
    try (Directory dir = newDirectory()) {
      // the word's two readings stand in as separate words of the same length
      WordIndex.write(
          dir,
          F,
          300,
          i -> i % 10 == 0 ? "ادر وادر ملء" : i % 3 == 0 ? "ادر ملء ملء" : "كلمة ملء ملء");
      try (IndexReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        searcher.setSimilarity(new BM25Similarity()); // the weights are BM25's IDFs
        Query readings = readings("ادر", "وادر");
        QueryUtils.check(random(), readings, searcher);
        TopDocs got = searcher.search(readings, 300);
        TopDocs common = searcher.search(new TermQuery(new Term(F, "ادر")), 300);
        TopDocs rare = searcher.search(new TermQuery(new Term(F, "وادر")), 300);
        assertEquals(common.totalHits.value(), got.totalHits.value());
        SynonymQuery synonym =
            new SynonymQuery.Builder(F)
                .addTerm(new Term(F, "ادر"))
                .addTerm(new Term(F, "وادر"))
                .build();
        assertEquals(docs(searcher.search(synonym, 300)), docs(got));
        float rareScore = rare.scoreDocs[0].score;
        float commonScore = common.scoreDocs[common.scoreDocs.length - 1].score;
        assertTrue(rareScore > commonScore);
        Set<Integer> both = docs(rare);
        for (ScoreDoc sd : got.scoreDocs) {
          float expected = both.contains(sd.doc) ? rareScore : commonScore;
          assertEquals(expected, sd.score, expected * 1e-5f);
        }
      }
    }
  }

  /**
   * Rewritten, the readings are a flat disjunction of term queries (what MaxScore prunes), the
   * absent ones left out; with none present, nothing matches.
   */
  public void testRewrite() throws Exception {
    try (Directory dir = newDirectory()) {
      WordIndex.write(dir, F, 50, i -> i % 5 == 0 ? "ادر وادر" : "ادر");
      try (IndexReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        Query rewritten = searcher.rewrite(readings("ادر", "وادر", "غائب"));
        assertTrue(rewritten.toString(), rewritten instanceof BooleanQuery);
        List<BooleanClause> clauses = ((BooleanQuery) rewritten).clauses();
        assertEquals(2, clauses.size());
        for (BooleanClause c : clauses) {
          assertEquals(BooleanClause.Occur.SHOULD, c.occur());
          Query q = c.query() instanceof BoostQuery b ? b.getQuery() : c.query();
          assertTrue(q.toString(), q instanceof TermQuery);
        }
        assertEquals(0, searcher.count(readings("غائب", "مفقود")));
      }
    }
  }

  /** The highlighter and the clause budget see every reading. */
  public void testVisitsEveryReading() {
    Set<Term> seen = new HashSet<>();
    readings("ادر", "وادر").visit(QueryVisitor.termCollector(seen));
    assertEquals(Set.of(new Term(F, "ادر"), new Term(F, "وادر")), seen);
  }

  private static Query readings(String... words) {
    return new ReadingsQuery(F, Arrays.stream(words).map(w -> new Term(F, w)).toList());
  }

  private static Set<Integer> docs(TopDocs top) {
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc sd : top.scoreDocs) out.add(sd.doc);
    return out;
  }
}
