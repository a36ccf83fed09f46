package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.ExactFormPayloadFilter;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * A word as written: its stem on {@link Schema#TEXT} where the position's payload is the code of
 * the word's normalized form ({@link ExactFormPayloadFilter}). Scored by BM25 over the count of
 * such positions, with the form's own statistics estimated from the stem's postings. Highlighting
 * and explanations see it as the form on {@link Schema#EXACT_FORMS}, the normalized-only analysis.
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
   * ({@link Schema#EXACT_FORMS}).
   */
  static Query of(Analyzer analyzer, String text) {
    List<String> stems = firstReadings(analyzer, Schema.TEXT, text);
    List<String> forms = firstReadings(analyzer, Schema.EXACT_FORMS, text);
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
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    TermStates states = TermStates.build(searcher, stem, scoreMode.needsScores());
    Similarity.SimScorer scorer = null;
    CollectionStatistics collection = searcher.collectionStatistics(Schema.TEXT);
    if (scoreMode.needsScores() && states.docFreq() > 0 && collection != null) {
      scorer = searcher.getSimilarity().scorer(boost, collection, formStatistics(searcher, states));
    }
    return new FormWeight(states, scorer);
  }

  /**
   * The form's document and term frequencies: counted in the stem's first {@link #SAMPLE_DOCS}
   * documents and scaled to all of them. A rare form then weighs more than a common one of the same
   * stem, as it did when forms had a field of their own; exact below that many documents.
   */
  private TermStatistics formStatistics(IndexSearcher searcher, TermStates states)
      throws IOException {
    long sampled = 0;
    long docs = 0;
    long occurrences = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      if (sampled >= SAMPLE_DOCS) break;
      PostingsEnum postings = postings(leaf, states);
      if (postings == null) continue;
      while (sampled < SAMPLE_DOCS && postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        sampled++;
        int freq = formFreq(postings);
        if (freq > 0) {
          docs++;
          occurrences += freq;
        }
      }
    }
    long docFreq = Math.max(1, Math.round((double) docs * states.docFreq() / sampled));
    long totalTermFreq =
        Math.max(docFreq, Math.round((double) occurrences * states.docFreq() / sampled));
    return new TermStatistics(stem.bytes(), docFreq, totalTermFreq);
  }

  static final int SAMPLE_DOCS = 1000;

  private PostingsEnum postings(LeafReaderContext leaf, TermStates states) throws IOException {
    IOSupplier<TermState> supplier = states.get(leaf);
    TermState state = supplier == null ? null : supplier.get();
    if (state == null) return null;
    TermsEnum terms = leaf.reader().terms(Schema.TEXT).iterator();
    terms.seekExact(stem.bytes(), state);
    return terms.postings(null, PostingsEnum.PAYLOADS);
  }

  /** How many positions of the current document carry this form's code. */
  private int formFreq(PostingsEnum postings) throws IOException {
    int n = 0;
    for (int i = postings.freq(); i > 0; i--) {
      postings.nextPosition();
      BytesRef payload = postings.getPayload();
      if (payload != null && payload.bytesEquals(code)) n++;
    }
    return n;
  }

  /** The passage's length norm on {@link Schema#TEXT} (1 where it has none). */
  private static long norm(NumericDocValues norms, int doc) throws IOException {
    return norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
  }

  private final class FormWeight extends Weight {
    private final TermStates states;
    private final Similarity.SimScorer simScorer;

    FormWeight(TermStates states, Similarity.SimScorer simScorer) {
      super(ExactFormQuery.this);
      this.states = states;
      this.simScorer = simScorer;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
      PostingsEnum postings = postings(leaf, states);
      if (postings == null) return null;
      return new DefaultScorerSupplier(
          new FormScorer(postings, leaf.reader().getNormValues(Schema.TEXT)));
    }

    @Override
    public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
      PostingsEnum postings = postings(leaf, states);
      if (postings == null || postings.advance(doc) != doc)
        return Explanation.noMatch("no " + stem.text());
      int freq = formFreq(postings);
      if (freq == 0) return Explanation.noMatch(stem.text() + " but not as " + form);
      if (simScorer == null) return Explanation.match(0f, form + " as written");
      long norm = norm(leaf.reader().getNormValues(Schema.TEXT), doc);
      Explanation e = simScorer.explain(Explanation.match(freq, "freq of " + form), norm);
      return Explanation.match(e.getValue(), "weight(" + ExactFormQuery.this + ")", e);
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
      return true;
    }

    private final class FormScorer extends Scorer {
      private final PostingsEnum postings;
      private final NumericDocValues norms;
      private final TwoPhaseIterator twoPhase;
      private int freq;

      FormScorer(PostingsEnum postings, NumericDocValues norms) {
        this.postings = postings;
        this.norms = norms;
        this.twoPhase =
            new TwoPhaseIterator(postings) {
              @Override
              public boolean matches() throws IOException {
                freq = formFreq(postings);
                return freq > 0;
              }

              @Override
              public float matchCost() {
                return 8f; // a few positions and their payloads
              }
            };
      }

      @Override
      public int docID() {
        return postings.docID();
      }

      @Override
      public DocIdSetIterator iterator() {
        return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
      }

      @Override
      public TwoPhaseIterator twoPhaseIterator() {
        return twoPhase;
      }

      @Override
      public float getMaxScore(int upTo) {
        return simScorer == null ? 0f : simScorer.score(Float.MAX_VALUE, 1L);
      }

      @Override
      public float score() throws IOException {
        return simScorer == null ? 0f : simScorer.score(freq, norm(norms, docID()));
      }
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(Schema.EXACT_FORMS))
      visitor.consumeTerms(this, new Term(Schema.EXACT_FORMS, form));
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
