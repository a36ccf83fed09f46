package dev.fahras.search;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.Schema;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;

// a writer refuses a folder holding files no index wrote, and ExtrasFS plants such files
@LuceneTestCase.SuppressFileSystems("ExtrasFS")
public class TestExactFormQuery extends LuceneTestCase {
  private static final Analyzer ANALYZER = Schema.indexAnalyzer(new FahrasArabicAnalyzer());

  /**
   * A word as written matches the passages that write it so, whatever the proclitics and
   * diacritics, not those with another form of its stem; and a form rarer than its stem weighs more
   * than a commoner form would.
   */
  public void testMatchesTheFormNotTheStem() throws Exception {
    Path dir = createTempDir();
    try (FahrasIndexWriter w = FahrasIndexWriter.open(dir, IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s", "هاجم التنظيم السجن ليلاً."));
      w.add(SourceDocument.of("b", "s", "بقي السِّجْنُ مغلقاً."));
      w.add(SourceDocument.of("c", "s", "نقل المعتقلون إلى سجن آخر."));
      w.add(SourceDocument.of("d", "s", "والسجن كان مكتظاً، وسجنوا فيه كثيرين."));
      w.add(SourceDocument.of("e", "s", "الحراس في سجن الصناعة وسجن غويران."));
      w.commit();
    }
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(Schema.SIMILARITY);
      assertEquals(Set.of("a", "b"), docs(searcher, ExactFormQuery.of(ANALYZER, "السجن")));
      assertEquals(Set.of("c", "e"), docs(searcher, ExactFormQuery.of(ANALYZER, "سِجن")));
      assertEquals(Set.of("d"), docs(searcher, ExactFormQuery.of(ANALYZER, "والسجن")));
      // Lucene's own checks of a query: equality, explanations, skipping, wrapped readers
      QueryUtils.check(random(), ExactFormQuery.of(ANALYZER, "السجن"), searcher);
      // the stem is in every passage; each form in fewer, and the rarest weighs most
      assertEquals(5, searcher.count(new TermQuery(new Term(Schema.TEXT, "سجن"))));
      float rare =
          searcher
              .explain(ExactFormQuery.of(ANALYZER, "والسجن"), id(searcher, "d"))
              .getValue()
              .floatValue();
      float common =
          searcher
              .explain(ExactFormQuery.of(ANALYZER, "السجن"), id(searcher, "b"))
              .getValue()
              .floatValue();
      assertTrue(rare + " vs " + common, rare > common);
    }
  }

  /**
   * Past the sample, the form's statistics are scaled from the stem's first passages: a form in a
   * third of 1,500 passages is counted in about a third of them, not in all (the stem's) nor in the
   * 1,000 sampled only.
   */
  public void testFormStatisticsScaleFromTheSample() throws Exception {
    Path dir = createTempDir();
    int docs = ExactFormQuery.SAMPLE_DOCS * 3 / 2;
    try (FahrasIndexWriter w = FahrasIndexWriter.open(dir, IndexConfig.defaults())) {
      for (int i = 0; i < docs; i++) {
        String word = i % 3 == 0 ? "والسجن" : "السجن";
        w.add(SourceDocument.of("d" + i, "s", "نص رقم " + i + " عن " + word + " المركزي"));
      }
      w.commit();
    }
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(Schema.SIMILARITY);
      Query rare = ExactFormQuery.of(ANALYZER, "والسجن");
      assertEquals(docs / 3, searcher.count(rare));
      String explained = searcher.explain(rare, id(searcher, "d0")).toString();
      Matcher n = Pattern.compile("([0-9]+) = n, number of documents").matcher(explained);
      assertTrue(explained, n.find());
      int estimate = Integer.parseInt(n.group(1));
      assertTrue(explained, Math.abs(estimate - docs / 3) <= docs / 30);
    }
  }

  /** Ids of the passages {@code q} matches. */
  private static Set<String> docs(IndexSearcher searcher, Query q) throws Exception {
    Set<String> out = new TreeSet<>();
    for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) out.add(idOf(searcher, sd.doc));
    return out;
  }

  private static String idOf(IndexSearcher searcher, int doc) throws Exception {
    var values = MultiDocValues.getSortedValues(searcher.getIndexReader(), Schema.DOC_ID);
    values.advanceExact(doc);
    return values.lookupOrd(values.ordValue()).utf8ToString();
  }

  private static int id(IndexSearcher searcher, String docId) throws Exception {
    Query passage =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PASSAGE)),
                BooleanClause.Occur.FILTER)
            .build();
    return searcher.search(passage, 1).scoreDocs[0].doc;
  }
}
