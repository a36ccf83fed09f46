package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A text's words in order as the index reads them: each word with every term indexed for it. A
 * number written in words is one word (its digits span them all), as it is one word in digits, so
 * "374" and "ثلاثمئة وأربعة وسبعين" line up word for word.
 */
final class AnalyzedWords {
  private AnalyzedWords() {}

  /**
   * One word.
   *
   * @param readings its indexed terms
   * @param position the position of its first token
   * @param start offset of its first character in the text
   * @param end offset after its last character
   */
  record Word(Set<String> readings, int position, int start, int end) {
    boolean sharesReadingWith(Word other) {
      for (String t : readings) if (other.readings.contains(t)) return true;
      return false;
    }
  }

  static List<Word> of(Analyzer analyzer, String text) {
    List<Word> out = new ArrayList<>();
    Set<String> readings = null;
    int position = -1;
    int start = 0;
    int end = -1; // the end of the word so far: a token spanning several words reaches past it
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, text)) {
      boolean sameWord = readings != null && (t.position() == position || t.start() < end);
      if (!sameWord) {
        if (readings != null) out.add(new Word(readings, position, start, end));
        readings = new HashSet<>();
        position = t.position();
        start = t.start();
      }
      readings.add(t.term());
      end = Math.max(end, t.end());
    }
    if (readings != null) out.add(new Word(readings, position, start, end));
    return out;
  }

  /** Every term of the words. */
  static Set<String> terms(List<Word> words) {
    Set<String> out = new HashSet<>();
    for (Word w : words) out.addAll(w.readings());
    return out;
  }
}
