package dev.fahras.search;

import dev.fahras.index.FahrasIndexWriter;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/** A test over the bundled reports, indexed once for the class and searched near-real-time. */
public abstract class BundledReportsTestCase extends LuceneTestCase {
  protected static FahrasIndexWriter writer;
  protected static FahrasSearcher searcher;

  @BeforeClass
  public static void indexBundledReports() throws Exception {
    writer = BundledReports.indexed();
    searcher = FahrasSearcher.open(writer);
  }

  @AfterClass
  public static void closeBundledReports() throws Exception {
    searcher.close();
    writer.close();
    searcher = null;
    writer = null;
  }
}
