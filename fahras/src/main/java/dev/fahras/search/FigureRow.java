package dev.fahras.search;

import java.util.List;

/**
 * One figure the matching passages give for what a query counts, however each writes it (374 or
 * ثلاثمئة وأربعة وسبعين).
 *
 * @param value the figure
 * @param disputed whether other passages give another figure for it: the accounts disagree
 * @param mentions where it is given, in ranking order
 */
public record FigureRow(long value, boolean disputed, List<Mention> mentions) {
  public FigureRow {
    mentions = List.copyOf(mentions);
  }

  /**
   * One passage giving the figure.
   *
   * @param hit the passage; its one highlight is the figure as written
   * @param written the figure as the passage writes it
   * @param counted the word it counts, as written (قتيلاً، عنصراً، شهيداً …), or empty
   */
  public record Mention(PassageHit hit, String written, String counted) {}

  /** The outlets giving it, each once, in ranking order. */
  public List<String> sources() {
    return mentions.stream().map(m -> m.hit().source()).distinct().toList();
  }
}
