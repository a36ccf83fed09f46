package dev.fahras.search;

import java.util.List;

/**
 * Why a passage matched: each matched word with the query term it met and the field (exact or
 * stemmed), and Lucene's score explanation.
 *
 * @param matches the matched words in passage order
 * @param score the passage's score
 * @param details Lucene's explanation of the score, as text
 */
public record HitExplanation(List<WordMatch> matches, float score, String details) {
  /**
   * One matched word.
   *
   * @param word the word as written in the passage
   * @param start its offset in the passage text
   * @param term the indexed term that met the query
   * @param field {@code exact} (normalized form) or {@code stem}
   */
  public record WordMatch(String word, int start, String term, String field) {}

  public HitExplanation {
    matches = List.copyOf(matches);
  }
}
