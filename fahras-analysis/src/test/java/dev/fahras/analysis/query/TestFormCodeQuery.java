package dev.fahras.analysis.query;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestFormCodeQuery extends LuceneTestCase {
  private static final String F = "text";

  /** The stemmed field with codes, and the same text normalized only: what the codes stand for. */
  private static final String EXACT = "exact";

  private static final Analyzer CODED =
      FahrasArabicAnalyzer.builder().withExactFormPayloads(true).build();

  private static final Analyzer BOTH =
      new PerFieldAnalyzerWrapper(
          CODED, Map.of(EXACT, FahrasArabicAnalyzer.builder().withStemming(false).build()));

  private static final List<String> TEXTS =
      List.of("دخلوا السجن أمس", "في سِجنٍ كبير", "والسجن هنا", "السجون", "بالسجن والسجن");

  /** Each form finds the passages that write it so, whatever else they write of its stem. */
  public void testFindsTheWordAsWritten() throws Exception {
    try (Directory dir = newDirectory()) {
      WordIndex.write(dir, BOTH, TEXTS.size(), TEXTS::get, F);
      try (IndexReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        assertEquals(Set.of(0), docs(searcher, "السجن"));
        assertEquals(Set.of(1), docs(searcher, "سجن"));
        assertEquals(Set.of(2, 4), docs(searcher, "وَالسجن"));
        assertEquals(Set.of(4), docs(searcher, "بالسجن"));
        assertEquals(Set.of(), docs(searcher, "فالسجن"));
        assertEquals(Set.of(0, 4), docs(searcher, "السجن بالسجن")); // each word a clause
        QueryUtils.check(random(), FormCodeQuery.of(CODED, F, "السجن"), searcher);
      }
    }
  }

  /**
   * Under the stem's sample size the form's statistics are exact, so a passage scores as the form
   * would on a field of its own (both fields have the same lengths: no word here has two readings).
   */
  public void testScoresAsAFieldOfTheForms() throws Exception {
    String[] forms = {"السجن", "سجن", "والسجن", "بالسجن", "مدرسة", "المدرسة"};
    int docs = atLeast(50);
    long seed = random().nextLong();
    try (Directory dir = newDirectory()) {
      WordIndex.write(
          dir,
          BOTH,
          docs,
          i -> {
            java.util.Random r = new java.util.Random(seed + i);
            StringBuilder s = new StringBuilder();
            for (int w = 1 + r.nextInt(6); w > 0; w--) s.append(forms[r.nextInt(6)]).append(' ');
            return s.toString();
          },
          F,
          EXACT);
      try (IndexReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        for (String form : forms) {
          String normalized = AnalyzedToken.analyze(BOTH, EXACT, form).get(0).term();
          TopDocs coded = searcher.search(FormCodeQuery.of(CODED, F, form), docs);
          TopDocs own = searcher.search(new TermQuery(new Term(EXACT, normalized)), docs);
          assertEquals(form, own.totalHits.value(), coded.totalHits.value());
          for (int i = 0; i < own.scoreDocs.length; i++) {
            assertEquals(form, own.scoreDocs[i].doc, coded.scoreDocs[i].doc);
            assertEquals(form, own.scoreDocs[i].score, coded.scoreDocs[i].score, 1e-5f);
          }
        }
      }
    }
  }

  /** A text of no word is no query; an analyzer that writes no codes is named. */
  public void testNoWordsAndNoCodes() {
    assertNull(FormCodeQuery.of(CODED, F, "، ... من"));
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> FormCodeQuery.of(new FahrasArabicAnalyzer(), F, "السجن"));
    assertTrue(e.getMessage(), e.getMessage().contains("[" + F + "] writes no exact-form codes"));
  }

  private static Set<Integer> docs(IndexSearcher searcher, String text) throws Exception {
    Query q = FormCodeQuery.of(CODED, F, text);
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) out.add(sd.doc);
    return out;
  }
}
