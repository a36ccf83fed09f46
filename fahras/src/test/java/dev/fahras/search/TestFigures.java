package dev.fahras.search;

import java.util.List;

public class TestFigures extends BundledReportsTestCase {

  /** 374 in digits and in words is one row, given by three outlets; 175 disagrees with it. */
  public void testDigitsAndWordsAreOneRowAndDisagreementIsMarked() throws Exception {
    List<FigureRow> rows = searcher.figures("كم عدد قتلى داعش");
    FigureRow dead = row(rows, 374);
    assertTrue(dead.sources().toString(), dead.sources().size() >= 3);
    assertTrue(dead.mentions().stream().anyMatch(m -> m.written().startsWith("ثلاثمئة")));
    assertTrue(dead.mentions().stream().anyMatch(m -> m.written().equals("374")));
    assertTrue(dead.disputed());
    assertTrue(row(rows, 175).disputed());
    for (FigureRow.Mention m : dead.mentions()) {
      Span s = m.hit().highlights().get(0);
      assertEquals(m.written(), m.hit().text().substring(s.start(), s.end()));
    }
    assertEquals(dead, rows.get(0)); // given by the most outlets
  }

  public void testDatesAreNoFigures() throws Exception {
    for (FigureRow r : searcher.figures("كم عدد قتلى داعش")) {
      assertFalse(r.value() + " is a date", r.value() == 2022 || r.value() == 26);
      for (FigureRow.Mention m : r.mentions()) assertFalse(m.written().equals("5"));
    }
  }

  public void testTheMartyrsCountedTwice() throws Exception {
    List<FigureRow> rows = searcher.figures("كم عدد الشهداء");
    assertEquals("شهيداً", row(rows, 114).mentions().get(0).counted());
    assertTrue(row(rows, 121).disputed());
  }

  private static FigureRow row(List<FigureRow> rows, long value) {
    return rows.stream()
        .filter(r -> r.value() == value)
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " not among " + rows));
  }
}
