package dev.fahras.index;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * An indexed, unstored text field whose tokens are produced only when IndexWriter inverts it, so
 * several documents can be built up front around one reusable analysis chain.
 */
final class LazyField extends Field {
  private final Supplier<TokenStream> tokens;

  LazyField(String name, FieldType type, Supplier<TokenStream> tokens) {
    super(name, type);
    this.tokens = tokens;
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    return tokens.get();
  }
}
