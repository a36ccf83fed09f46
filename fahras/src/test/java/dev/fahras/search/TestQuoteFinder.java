package dev.fahras.search;

import java.util.List;

public class TestQuoteFinder extends BundledReportsTestCase {

  /** 003#3 as the report has it. */
  private static final String CAR_BOMB =
      "بدأ الهجوم بتفجير سيارة مفخخة كانت متجهة إلى بوابة السجن الرئيسة بعد أن اعترضها الحاجز"
          + " المؤدي إلى البوابة، ليقوم نحو مئة وخمسين مرتزقاً بالهجوم من ثلاثة محاور";

  public void testWholeQuoteIsFoundAndHighlighted() throws Exception {
    QuoteHit hit = only(searcher.quotes(CAR_BOMB, 5), "003", 3);
    assertTrue(hit.whole());
    assertEquals(1.0, hit.share(), 1e-9);
    List<Span> spans = hit.hit().highlights();
    assertEquals(1, spans.size());
    String marked = hit.hit().text().substring(spans.get(0).start(), spans.get(0).end());
    assertTrue(marked, marked.startsWith("بدأ الهجوم"));
    assertTrue(marked, marked.endsWith("محاور"));
  }

  /** Diacritics added, hamza seats dropped, the number in digits: the same quote. */
  public void testSpellingDifferencesDoNotHideIt() throws Exception {
    String changed =
        "بَدَأَ الهُجُومُ بتفجير سيارةٍ مفخخةٍ كانت متجهة الى بوابة السجن الرئيسة بعد ان اعترضها"
            + " الحاجز المؤدي الى البوابة، ليقوم نحو 150 مرتزقاً بالهجوم من ثلاثة محاور";
    QuoteHit hit = only(searcher.quotes(changed, 5), "003", 3);
    assertTrue("share " + hit.share(), hit.share() >= 0.95);
  }

  /** Clauses swapped and one left out, a word changed: still the whole quote, less of it. */
  public void testReorderedAndShortenedClauses() throws Exception {
    String changed =
        "ليقوم نحو مئة وخمسين مرتزقاً بالهجوم من ثلاثة محاور، بدأ الهجوم بتفجير عربة مفخخة"
            + " كانت متجهة إلى بوابة السجن الرئيسة";
    QuoteHit hit = only(searcher.quotes(changed, 5), "003", 3);
    assertTrue("share " + hit.share(), hit.whole());
    assertEquals(2, hit.hit().highlights().size());
  }

  /** A sentence of the pasted text found in a passage is a part: the passage says how much. */
  public void testPartOfAParagraph() throws Exception {
    String pasted =
        CAR_BOMB
            + ". وقال شهود إن الطائرات حلقت فوق المدينة طوال الليل وإن الأهالي لزموا بيوتهم خوفا من"
            + " القصف الذي طال الأحياء الشمالية والغربية كلها دون استثناء";
    QuoteHit hit = only(searcher.quotes(pasted, 5), "003", 3);
    assertFalse(hit.whole());
    assertTrue("share " + hit.share(), hit.share() > 0.4 && hit.share() < 0.8);
  }

  /** Words of the event in another order are no quote: nothing found. */
  public void testSharedWordsAreNoQuote() throws Exception {
    QuoteResult r =
        searcher.quotes("قوات سوريا الديمقراطية في سجن الصناعة داعش الحسكة غويران الهجوم", 5);
    assertEquals(r.hits().toString(), 0, r.documents());
  }

  public void testBadInputSaysWhatToDo() throws Exception {
    assertMessage("", "empty");
    assertMessage("   ", "empty");
    assertMessage("في سجن", "a quote needs 3");
    assertMessage("و".repeat(QuoteFinder.MAX_CHARS + 1), "at most 5000");
    expectThrows(IllegalArgumentException.class, () -> searcher.quotes(CAR_BOMB, 0));
  }

  public void testLimitCountsDocuments() throws Exception {
    QuoteResult r = searcher.quotes(CAR_BOMB, 1);
    assertTrue(r.complete());
    assertEquals(1, r.hits().stream().map(h -> h.hit().docId()).distinct().count());
  }

  private static void assertMessage(String text, String part) {
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> searcher.quotes(text, 5));
    assertTrue(e.getMessage(), e.getMessage().contains(part));
  }

  private static QuoteHit only(QuoteResult r, String doc, int passage) {
    for (QuoteHit h : r.hits()) {
      if (h.hit().docId().equals(doc) && h.hit().passage() == passage) return h;
    }
    throw new AssertionError(doc + "#" + passage + " not among " + r.hits());
  }
}
