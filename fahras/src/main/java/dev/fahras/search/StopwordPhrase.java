package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query of stopwords only, as a phrase on {@link Schema#STOPWORDS}: what a plain or advanced
 * query whose every word is a stopword (ومن قبل, فكيف) searches.
 */
final class StopwordPhrase {
  private StopwordPhrase() {}

  /**
   * The stopwords of {@code text} in order, as typed: the bare readings the field's analyzer adds
   * (من beside ومن) are for the passages, so من قبل finds ومن قبل but ومن قبل wants its
   * conjunction. Null when {@code text} holds no stopword.
   */
  static Query of(Analyzer analyzer, String text) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int words = 0;
    Term last = null;
    try (TokenStream ts = analyzer.tokenStream(Schema.STOPWORDS, text)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      var posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        if (posInc.getPositionIncrement() == 0) continue;
        position += posInc.getPositionIncrement();
        last = new Term(Schema.STOPWORDS, term.toString());
        phrase.add(last, position);
        words++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    return words == 0 ? null : words == 1 ? new TermQuery(last) : phrase.build();
  }
}
