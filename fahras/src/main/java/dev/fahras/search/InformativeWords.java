package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a long query ranked by what they tell apart, so that a pasted sentence or paragraph
 * keeps its most informative words within the clause budget: a word's weight is the smallest
 * document frequency of its stems in the passage field (rarer = more informative); words found in
 * no passage go last (they can match nothing), stopwords are dropped; ties keep the order of the
 * query.
 */
final class InformativeWords {
  /** Document frequency of a term of the passage field, from the index being searched. */
  @FunctionalInterface
  interface DocFreq {
    int of(String term) throws IOException;
  }

  private record Word(String text, int position, long weight) {}

  private final List<Word> ranked;

  InformativeWords(String text, Analyzer analyzer, DocFreq docFreq) {
    List<Word> words = new ArrayList<>();
    String[] split = text.strip().split("\\s+");
    for (int i = 0; i < split.length; i++) {
      long weight = weight(split[i], analyzer, docFreq);
      if (weight >= 0) words.add(new Word(split[i], i, weight));
    }
    words.sort(Comparator.comparingLong(Word::weight).thenComparingInt(Word::position));
    this.ranked = words;
  }

  /** Content words in the query. */
  int size() {
    return ranked.size();
  }

  /** The {@code k} most informative words, in the order the query has them. */
  String keep(int k) {
    List<Word> kept = new ArrayList<>(ranked.subList(0, Math.min(k, ranked.size())));
    kept.sort(Comparator.comparingInt(Word::position));
    StringBuilder b = new StringBuilder();
    for (Word w : kept) b.append(b.isEmpty() ? "" : " ").append(w.text());
    return b.toString();
  }

  /** The smallest df of the word's stems; Long.MAX_VALUE when found nowhere, -1 for no stems. */
  private static long weight(String word, Analyzer analyzer, DocFreq docFreq) {
    long best = -1;
    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int df = docFreq.of(term.toString());
        long w = df == 0 ? Long.MAX_VALUE : df;
        best = best < 0 ? w : Math.min(best, w);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return best;
  }
}
