package dev.fahras.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.AttributeSource;

/**
 * A text analyzed once and replayed for every passage of its document: the title is indexed on each
 * passage so filters and ranking need no join, but analyzed only once.
 */
final class Replay {
  private final AttributeSource attributes;
  private final List<AttributeSource.State> states;
  private final AttributeSource.State end;

  private Replay(
      AttributeSource attributes, List<AttributeSource.State> states, AttributeSource.State end) {
    this.attributes = attributes;
    this.states = states;
    this.end = end;
  }

  static Replay of(Analyzer analyzer, String field, String text) throws IOException {
    List<AttributeSource.State> states = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      ts.reset();
      while (ts.incrementToken()) states.add(ts.captureState());
      ts.end();
      return new Replay(ts.cloneAttributes(), states, ts.captureState());
    }
  }

  /** A fresh stream over the cached tokens. */
  TokenStream stream() {
    return new TokenStream(attributes) {
      private int next;

      @Override
      public boolean incrementToken() {
        if (next >= states.size()) return false;
        restoreState(states.get(next++));
        return true;
      }

      @Override
      public void end() {
        restoreState(end);
      }

      @Override
      public void reset() {
        next = 0;
      }
    };
  }
}
