package dev.fahras.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Whatever is pasted into the quote finder or asked of the figures gets a result whose shares and
 * highlights stay inside their passage, or an {@link IllegalArgumentException} saying why: nothing
 * else. Over the bundled reports; seeds in {@code PastedTextFuzzTestInputs/}.
 */
class PastedTextFuzzTest {
  private static final FahrasSearcher SEARCHER = open();

  private static FahrasSearcher open() {
    try {
      return FahrasSearcher.open(BundledReports.indexed());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void quotesAndFiguresOrUserReadyErrors(FuzzedDataProvider data) throws IOException {
    boolean figures = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    try {
      if (figures) {
        for (FigureRow r : SEARCHER.figures(text)) {
          assertTrue(r.value() >= 0);
          for (FigureRow.Mention m : r.mentions()) inside(m.hit());
        }
      } else {
        QuoteResult r = SEARCHER.quotes(text, 5);
        assertTrue(r.documents() >= r.hits().stream().map(h -> h.hit().docId()).distinct().count());
        for (QuoteHit h : r.hits()) {
          assertTrue(h.share() > 0 && h.share() <= h.documentShare() && h.documentShare() <= 1);
          inside(h.hit());
        }
      }
    } catch (IllegalArgumentException e) { // InvalidQueryException included
      assertNotNull(e.getMessage());
    }
  }

  private static void inside(PassageHit h) {
    int at = 0;
    for (Span s : h.highlights()) {
      assertTrue(s.start() >= at && s.end() <= h.text().length(), h.highlights().toString());
      at = s.end();
    }
  }
}
