package dev.fahras.search;

import dev.fahras.index.Schema;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestFilteredByConjunction extends LuceneTestCase {

  /** Kept whole, a filtered query finds the same passages with the same scores. */
  public void testSameHitsAndScores() throws Exception {
    try (Directory dir = newDirectory()) {
      try (RandomIndexWriter w = new RandomIndexWriter(random(), dir)) {
        int n = atLeast(2000);
        for (int i = 0; i < n; i++) {
          StringBuilder text = new StringBuilder();
          if (random().nextInt(2) == 0) text.append("كثير ");
          if (random().nextInt(10) == 0) text.append("متوسط ");
          if (random().nextInt(50) == 0) text.append("نادر ");
          text.append("كلمة");
          Document d = new Document();
          d.add(new TextField(Schema.TEXT, text.toString(), Field.Store.NO));
          String source = random().nextInt(25) == 0 ? "قليل" : "s" + random().nextInt(3);
          d.add(new StringField(Schema.SOURCE, source, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (IndexReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        Query words =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TEXT, "كثير")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.TEXT, "متوسط")), BooleanClause.Occur.SHOULD)
                .add(
                    new BoostQuery(
                        new ConstantScoreQuery(new TermQuery(new Term(Schema.TEXT, "نادر"))), 0.5f),
                    BooleanClause.Occur.SHOULD)
                .build();
        Query filter = new TermQuery(new Term(Schema.SOURCE, "قليل"));
        // Lucene's own checks of a query: equality, explanations, skipping, wrapped readers
        QueryUtils.check(random(), new FilteredByConjunction(words), searcher);
        TopDocs inlined = searcher.search(filtered(words, filter), 50);
        TopDocs whole = searcher.search(filtered(new FilteredByConjunction(words), filter), 50);
        assertTrue(inlined.totalHits.value() > 0);
        assertEquals(inlined.scoreDocs.length, whole.scoreDocs.length);
        for (int i = 0; i < inlined.scoreDocs.length; i++) {
          assertEquals(inlined.scoreDocs[i].doc, whole.scoreDocs[i].doc);
          assertEquals(inlined.scoreDocs[i].score, whole.scoreDocs[i].score, 0f);
        }
        // the densest word is in half the passages, the source in one in 25
        assertTrue(FilteredByConjunction.pays(reader, words, Set.of("قليل")));
        assertFalse(FilteredByConjunction.pays(reader, words, Set.of("s0", "s1")));
        Query rare = new TermQuery(new Term(Schema.TEXT, "نادر"));
        assertFalse(FilteredByConjunction.pays(reader, rare, Set.of("قليل")));
      }
    }
  }

  private static Query filtered(Query q, Query filter) {
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }
}
