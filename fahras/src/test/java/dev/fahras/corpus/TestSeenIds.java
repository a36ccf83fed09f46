package dev.fahras.corpus;

import org.apache.lucene.tests.util.LuceneTestCase;

public class TestSeenIds extends LuceneTestCase {
  public void testDuplicatesAreSeenAcrossGrowth() {
    SeenIds seen = new SeenIds();
    int n = atLeast(50_000);
    for (int i = 0; i < n; i++) assertTrue(seen.add("doc-" + i));
    for (int i = 0; i < n; i += 97) assertFalse(seen.add("doc-" + i));
    assertTrue(seen.add("doc-" + n));
    // ids that differ only in order or by one char hash apart
    assertTrue(seen.add("ab"));
    assertTrue(seen.add("ba"));
    assertTrue(seen.add("\u0000"));
    assertTrue(seen.add(""));
    assertFalse(seen.add(""));
  }

  public void testHashesOfSimilarIdsDiffer() {
    java.util.Set<Long> hashes = new java.util.HashSet<>();
    for (int i = 0; i < 200_000; i++) assertTrue(hashes.add(SeenIds.hash(Integer.toString(i))));
  }
}
