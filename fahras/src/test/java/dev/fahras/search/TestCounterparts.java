package dev.fahras.search;

import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import java.util.List;

public class TestCounterparts extends BundledReportsTestCase {

  /**
   * Facts told by two outlets in their own words find each other: where the attackers came from
   * (000#15, 003#9), the car bomb at the gate (000#4, 003#3), 374 dead in digits and in words
   * (002#3, 003#6 at 0.23 stays under the bar: the threshold's price).
   */
  public void testSameFactInOtherSources() throws Exception {
    assertHas(searcher.counterparts("000", 15, 5), "003#9");
    assertHas(searcher.counterparts("003", 9, 5), "000#15");
    assertHas(searcher.counterparts("000", 4, 5), "003#3");
    assertHas(searcher.counterparts("000", 20, 5), "002#3");
    for (Counterpart c : searcher.counterparts("000", 15, 5)) {
      assertFalse(c.hit().source().equals("Unnamed Arabic news site")); // never its own source
      assertTrue(c.overlap() >= Counterparts.SAME_FACT);
      assertEquals(Counterpart.Kind.SAME_FACT, c.kind());
    }
  }

  /** A passage no other outlet carries gets nothing, not its nearest neighbours. */
  public void testNothingWhenNoOtherSourceHasIt() throws Exception {
    int none = 0;
    for (String id : searcher.documentIds()) {
      for (int p = 0; p < searcher.passageCount(id); p++) {
        if (searcher.counterparts(id, p, 5).isEmpty()) none++;
      }
    }
    // most passages of five reports of one event tell things only their outlet tells
    assertTrue("only " + none + " passages without counterparts", none > 60);
    assertTrue(searcher.counterparts("004", 16, 5).isEmpty());
  }

  /** The same wording in two documents is a quote, diacritics and numbers in words included. */
  public void testQuote() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults());
        FahrasSearcher s = FahrasSearcher.open(w)) {
      w.add(
          SourceDocument.of(
              "a", "one", "قُتِلَ ثلاثمئة وأربعة وسبعون مهاجماً في سجن الصناعة بمدينة الحسكة"));
      w.add(
          SourceDocument.of(
              "b", "two", "قتل 374 مهاجما في سجن الصناعة بمدينة الحسكة، بحسب البيان"));
      w.add(SourceDocument.of("c", "three", "افتتح معرض الكتاب في مدينة حلب بمشاركة واسعة"));
      w.add(SourceDocument.of("d", "one", "قتل 374 مهاجما في سجن الصناعة بمدينة الحسكة"));
      w.commit();
      s.refresh();
      List<Counterpart> cs = s.counterparts("a", 0, 5);
      assertEquals(1, cs.size()); // d is of the same source, c another story
      assertEquals("b", cs.get(0).hit().docId());
      assertEquals(Counterpart.Kind.QUOTE, cs.get(0).kind());
      assertEquals(1, cs.get(0).hit().rank());
    }
  }

  public void testUnknownPassage() {
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> searcher.counterparts("000", 999, 5));
    assertTrue(e.getMessage(), e.getMessage().contains("no passage 999 in document '000'"));
    expectThrows(IllegalArgumentException.class, () -> searcher.counterparts("nope", 0, 5));
  }

  private static void assertHas(List<Counterpart> cs, String passage) {
    List<String> ids = cs.stream().map(c -> c.hit().docId() + "#" + c.hit().passage()).toList();
    assertTrue(passage + " not in " + ids, ids.contains(passage));
  }

  public void testDump() throws Exception {
    if (System.getenv("FAHRAS_DUMP") == null) return;
    for (String id : searcher.documentIds()) {
      int n = searcher.passageCount(id);
      for (int p = 0; p < n; p++) {
        final int pp = p;
        List<Counterpart> cs = searcher.counterparts(id, p, 5);
        if (System.getenv("FAHRAS_DUMP").equals("text") && !cs.isEmpty()) {
          String self =
              searcher
                  .search(
                      "id:\"" + id + "\"",
                      SearchOptions.builder()
                          .withMode(SearchOptions.Mode.ADVANCED)
                          .withLimit(200)
                          .withPerDocument(200)
                          .build())
                  .hits()
                  .stream()
                  .filter(h -> h.passage() == pp)
                  .findFirst()
                  .orElseThrow()
                  .text();
          System.out.println("== " + self.substring(0, Math.min(160, self.length())));
        }
        StringBuilder b = new StringBuilder(id + "#" + p + ":");
        for (Counterpart c : cs) {
          b.append(
              String.format(
                  java.util.Locale.ROOT,
                  " %s#%d %s %.2f;",
                  c.hit().docId(),
                  c.hit().passage(),
                  c.kind(),
                  c.overlap()));
        }
        System.out.println(b);
        if (System.getenv("FAHRAS_DUMP").equals("text")) {
          for (Counterpart c : cs)
            System.out.println(
                "   > " + c.hit().text().substring(0, Math.min(160, c.hit().text().length())));
        }
      }
    }
  }
}
