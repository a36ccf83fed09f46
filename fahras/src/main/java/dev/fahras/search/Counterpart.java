package dev.fahras.search;

/**
 * A passage of another source that tells the same fact as a given passage.
 *
 * @param hit the passage, as a search would show it (no highlights)
 * @param kind a quote (the same wording) or the same fact reworded
 * @param overlap the share of the shorter passage's information (its stems weighted by rarity,
 *     digits and number words alike) that the two share, 0–1
 */
public record Counterpart(PassageHit hit, Kind kind, double overlap) {
  /** How the two passages relate. */
  public enum Kind {
    /**
     * The same wording, allowing for diacritics, hamza seats, digits against words and light edits:
     * most of the shorter passage's words stand in the same order in the other.
     */
    QUOTE,
    /** Reworded, yet sharing most of the fact's rare words, names and figures. */
    SAME_FACT
  }
}
