package dev.fahras.analysis.query;

import dev.fahras.analysis.ExactFormPayloadFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
 * A word as written: the positions of its stem whose payload is the code of the word's form ({@link
 * ExactFormPayloadFilter}), so one stemmed field tells exact forms from stem-only matches. Scored
 * by BM25 over the count of such positions, with the form's own statistics estimated from the
 * stem's postings: a rare form of a common stem weighs as a rare word.
 */
public final class FormCodeQuery extends Query {
  /** Documents of the stem read to estimate the form's statistics; exact below that many. */
  public static final int SAMPLE_DOCS = 1000;

  private final Term stem;
  private final BytesRef code;
  private final String label;

  /**
   * The positions of {@code stem} carrying {@code code}; {@code label} (the form, or null) only
   * names the query in explanations.
   */
  public FormCodeQuery(Term stem, BytesRef code, String label) {
    this.stem = Objects.requireNonNull(stem, "stem");
    this.code = BytesRef.deepCopyOf(code);
    this.label = label;
  }

  /**
   * Each word of {@code text} as written, a SHOULD clause each: the first token of each position as
   * {@code analyzer} indexes {@code field}, with its payload; null when {@code text} has no word.
   *
   * @throws IllegalArgumentException when the analyzer writes no codes
   */
  public static Query of(Analyzer analyzer, String field, String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int words = 0;
    boolean uncoded = false;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PayloadAttribute payload = ts.addAttribute(PayloadAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (posInc.getPositionIncrement() == 0) continue;
        BytesRef code = payload.getPayload();
        if (code == null || code.length != ExactFormPayloadFilter.CODE_BYTES) {
          uncoded = true;
          continue;
        }
        Term t = new Term(field, term.toString());
        b.add(new FormCodeQuery(t, code, null), BooleanClause.Occur.SHOULD);
        words++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    if (uncoded && words == 0) {
      throw new IllegalArgumentException(
          "the analyzer of [" + field + "] writes no exact-form codes on its tokens");
    }
    return words == 0 ? null : b.build();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    TermStates states = TermStates.build(searcher, stem, scoreMode.needsScores());
    Similarity.SimScorer scorer = null;
    CollectionStatistics collection = searcher.collectionStatistics(stem.field());
    if (scoreMode.needsScores() && states.docFreq() > 0 && collection != null) {
      scorer = searcher.getSimilarity().scorer(boost, collection, formStatistics(searcher, states));
    }
    return new FormWeight(states, scorer);
  }

  /**
   * The form's document and term frequencies: counted in the stem's first {@link #SAMPLE_DOCS}
   * documents and scaled to all of them.
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

  private PostingsEnum postings(LeafReaderContext leaf, TermStates states) throws IOException {
    IOSupplier<TermState> supplier = states.get(leaf);
    TermState state = supplier == null ? null : supplier.get();
    if (state == null) return null;
    TermsEnum terms = leaf.reader().terms(stem.field()).iterator();
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

  /** The document's length norm on the stem's field (1 where it has none). */
  private static long norm(NumericDocValues norms, int doc) throws IOException {
    return norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
  }

  private String form() {
    return label != null
        ? label
        : "#" + code.bytes[code.offset] + "," + code.bytes[code.offset + 1];
  }

  private final class FormWeight extends Weight {
    private final TermStates states;
    private final Similarity.SimScorer simScorer;

    FormWeight(TermStates states, Similarity.SimScorer simScorer) {
      super(FormCodeQuery.this);
      this.states = states;
      this.simScorer = simScorer;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
      PostingsEnum postings = postings(leaf, states);
      if (postings == null) return null;
      return new DefaultScorerSupplier(
          new FormScorer(postings, leaf.reader().getNormValues(stem.field())));
    }

    @Override
    public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
      PostingsEnum postings = postings(leaf, states);
      if (postings == null || postings.advance(doc) != doc)
        return Explanation.noMatch("no " + stem.text());
      int freq = formFreq(postings);
      if (freq == 0) return Explanation.noMatch(stem.text() + " but not as " + form());
      if (simScorer == null) return Explanation.match(0f, form() + " as written");
      long norm = norm(leaf.reader().getNormValues(stem.field()), doc);
      Explanation e = simScorer.explain(Explanation.match(freq, "freq of " + form()), norm);
      return Explanation.match(e.getValue(), "weight(" + FormCodeQuery.this + ")", e);
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

  /** Its stem, as highlighting should light it: the positions it matches hold the stem. */
  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(stem.field())) visitor.consumeTerms(this, stem);
  }

  @Override
  public String toString(String field) {
    return "exact:" + form() + "(" + stem + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && stem.equals(((FormCodeQuery) other).stem)
        && code.equals(((FormCodeQuery) other).code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), stem, code);
  }
}
