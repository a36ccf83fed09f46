package dev.fahras.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One token of an analyzed text: the indexed term, its position, its offsets into the original text
 * and the original slice they cover (the equivalent of Elasticsearch's {@code _analyze}).
 */
public record AnalyzedToken(
    String term, int position, int start, int end, String original, String type) {
  public AnalyzedToken {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(type, "type");
  }

  /** Analyzes {@code text} as field {@code field}; positions start at 0. */
  public static List<AnalyzedToken> analyze(Analyzer analyzer, String field, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        int start = offset.startOffset();
        int end = offset.endOffset();
        tokens.add(
            new AnalyzedToken(
                term.toString(), position, start, end, text.substring(start, end), type.type()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    return tokens;
  }
}
