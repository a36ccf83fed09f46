package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.ExactFormPayloadFilter;
import dev.fahras.analysis.query.FormCodeQuery;
import dev.fahras.index.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * A word as written: its stem on {@link Schema#TEXT} where the position's payload is the code of
 * the word's normalized form ({@link ExactFormPayloadFilter}), searched as a {@link FormCodeQuery}.
 * Highlighting sees it as the form on {@link Schema#TEXT_EXACT}, the normalized-only analysis.
 */
final class ExactFormQuery extends Query {
  private final Term stem;
  private final String form;
  private final BytesRef code;

  ExactFormQuery(String stem, String form) {
    this.stem = new Term(Schema.TEXT, stem);
    this.form = form;
    this.code = ExactFormPayloadFilter.code(form);
  }

  /**
   * The exact forms of the words of {@code text}, each a SHOULD clause; null when it has none.
   * {@code analyzer} gives, per field, the stems ({@link Schema#TEXT}) and the normalized forms
   * ({@link Schema#TEXT_EXACT}).
   */
  static Query of(Analyzer analyzer, String text) {
    List<String> stems = firstReadings(analyzer, Schema.TEXT, text);
    List<String> forms = firstReadings(analyzer, Schema.TEXT_EXACT, text);
    // both chains run the same steps before the stemmer, so their positions pair up
    if (stems.size() != forms.size() || stems.isEmpty()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < stems.size(); i++) {
      b.add(new ExactFormQuery(stems.get(i), forms.get(i)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The first token at each position. */
  private static List<String> firstReadings(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    int position = -1;
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, field, text)) {
      if (t.position() != position) out.add(t.term());
      position = t.position();
    }
    return out;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return new FormCodeQuery(stem, code, form);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(Schema.TEXT_EXACT))
      visitor.consumeTerms(this, new Term(Schema.TEXT_EXACT, form));
  }

  @Override
  public String toString(String field) {
    return "exact:" + form + "(" + stem + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && stem.equals(((ExactFormQuery) other).stem)
        && form.equals(((ExactFormQuery) other).form);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), stem, form);
  }
}
