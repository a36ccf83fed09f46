package dev.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The mirror of {@link FahrasStopFilter}: keeps only the stopwords, at their positions (the other
 * words leave gaps), so a phrase of function words such as ومن قبل can be searched in a field of
 * its own. With {@code bareReadings}, a stopword that carries proclitics (ومن) is followed, at the
 * same position, by the stopword alone (من): the query من قبل then finds ومن قبل, while the query
 * ومن قبل, analyzed without them, still wants its conjunction.
 */
public final class StopwordsOnlyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final WordSet stopwords;
  private final boolean bareReadings;

  /** Where the bare reading of the token last returned starts, or 0 when none is pending. */
  private int pendingBare;

  /** That token's attributes, for its bare reading (stopwords with proclitics only: rare). */
  private State pending;

  /** Positions of the words dropped since the last stopword returned. */
  private int skipped;

  public StopwordsOnlyFilter(TokenStream input, CharArraySet stopwords, boolean bareReadings) {
    this(input, new WordSet(stopwords), bareReadings);
  }

  StopwordsOnlyFilter(TokenStream input, WordSet stopwords, boolean bareReadings) {
    super(input);
    this.stopwords = stopwords;
    this.bareReadings = bareReadings;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingBare > 0) {
      // same attributes (offsets, type) as the word it was cut from, one position
      restoreState(pending);
      term.copyBuffer(term.buffer(), pendingBare, term.length() - pendingBare);
      posInc.setPositionIncrement(0);
      pendingBare = 0;
      return true;
    }
    while (input.incrementToken()) {
      int bare = FahrasStopFilter.stopwordStart(stopwords, term.buffer(), term.length());
      if (bare < 0) {
        skipped += posInc.getPositionIncrement();
        continue;
      }
      posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
      skipped = 0;
      if (bareReadings && bare > 0) {
        pendingBare = bare;
        pending = captureState();
      }
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
    pendingBare = 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingBare = 0;
    skipped = 0;
  }
}
