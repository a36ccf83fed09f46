package dev.fahras.analysis;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class TestWordSet extends LuceneTestCase {
  /** Random words from a few letters, so that many share their length and end chars. */
  private static String word() {
    int len = TestUtil.nextInt(random(), 1, 40);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) b.append((char) ('\u0627' + random().nextInt(4)));
    return b.toString();
  }

  public void testAgreesWithAHashSet() {
    for (int round = 0; round < 20; round++) {
      Set<String> expected = new HashSet<>();
      int n = random().nextInt(3000);
      for (int i = 0; i < n; i++) expected.add(word());
      WordSet set = new WordSet(new CharArraySet(expected, false));
      assertEquals(expected.isEmpty(), set.isEmpty());
      for (String w : expected) assertTrue(w, set.contains(w));
      for (int i = 0; i < 2000; i++) {
        String w = word();
        String padded = "xx" + w + "y";
        assertEquals(w, expected.contains(w), set.contains(w));
        assertEquals(w, expected.contains(w), set.contains(padded.toCharArray(), 2, w.length()));
      }
    }
  }

  public void testEmptyAndLongWords() {
    WordSet empty = new WordSet(CharArraySet.EMPTY_SET);
    assertTrue(empty.isEmpty());
    assertFalse(empty.contains("في"));
    assertFalse(empty.contains(new char[0], 0, 0));
    String longWord = "ا".repeat(100);
    WordSet one = new WordSet(new CharArraySet(Set.of(longWord), false));
    assertTrue(one.contains(longWord));
    assertFalse(one.contains("ا".repeat(99)));
  }
}
