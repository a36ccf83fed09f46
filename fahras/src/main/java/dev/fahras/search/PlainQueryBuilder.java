package dev.fahras.search;

import dev.fahras.analysis.RelatedForms;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** A plain query ({@link PlainSyntax}) as Lucene clauses carrying the {@link Ranking} evidence. */
final class PlainQueryBuilder {
  private final Analyzer analyzer;
  private final QueryBuilder builder;

  /** With synonyms, or null when there are none. */
  private final QueryBuilder synonymBuilder;

  PlainQueryBuilder(Analyzer perFieldAnalyzer, Analyzer withSynonyms) {
    this.analyzer = perFieldAnalyzer;
    this.builder = new QueryBuilder(perFieldAnalyzer);
    this.synonymBuilder = withSynonyms == null ? null : new QueryBuilder(withSynonyms);
    // a multi-word synonym is a phrase: سجن الحسكة, not سجن and الحسكة anywhere
    if (synonymBuilder != null) synonymBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /** The query for plain {@code text}, its free words passed through {@code freeWords} first. */
  Query build(String text, UnaryOperator<String> freeWords) {
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    boolean positive = false;
    for (PlainSyntax.Part part : PlainSyntax.parts(text)) {
      Query q =
          part.phrase()
              ? phrase(part.text())
              : part.sign() == 0 ? words(freeWords.apply(part.text())) : anyForm(part.text());
      if (q == null) continue;
      switch (part.sign()) {
        case '+' -> {
          top.add(q, BooleanClause.Occur.MUST);
          positive = true;
        }
        case '-' -> top.add(q, BooleanClause.Occur.MUST_NOT);
        default -> {
          top.add(q, part.phrase() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
          positive = true;
        }
      }
    }
    if (!positive) return new BooleanQuery.Builder().build(); // matches nothing
    return top.build();
  }

  /** Free words: stemmed + exact + proximity + title, all optional. */
  private Query words(String text) {
    Query stemmed = builder.createBooleanQuery(Schema.TEXT, text, BooleanClause.Occur.SHOULD);
    if (stemmed == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(stemmed, BooleanClause.Occur.SHOULD);
    if (synonymBuilder != null) {
      Query expanded =
          synonymBuilder.createBooleanQuery(Schema.TEXT, text, BooleanClause.Occur.SHOULD);
      if (expanded != null && !expanded.equals(stemmed))
        b.add(synonymClause(expanded), BooleanClause.Occur.SHOULD);
    }
    Query exact = builder.createBooleanQuery(Schema.TEXT_EXACT, text, BooleanClause.Occur.SHOULD);
    if (exact != null)
      b.add(new BoostQuery(exact, Ranking.EXACT_BOOST), BooleanClause.Occur.SHOULD);
    Query near = proximity(text);
    if (near != null && !(near instanceof TermQuery) && isMultiPosition(near)) {
      b.add(new BoostQuery(near, Ranking.PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
    }
    List<String> content = contentWords(text);
    if (content.size() >= 3) {
      // adjacent pairs near each other (sequential dependence, Metzler and Croft 2005): a passage
      // with two of the words side by side outranks one with a single rare word
      for (int i = 0; i + 1 < content.size(); i++) {
        Query pair =
            builder.createPhraseQuery(
                Schema.TEXT, content.get(i) + " " + content.get(i + 1), Ranking.PAIR_SLOP);
        if (pair != null && isMultiPosition(pair) && !(pair instanceof TermQuery)) {
          b.add(new BoostQuery(pair, Ranking.PAIR_BOOST), BooleanClause.Occur.SHOULD);
        }
      }
    }
    for (String form : relatedForms(text)) {
      b.add(synonymClause(new TermQuery(new Term(Schema.TEXT, form))), BooleanClause.Occur.SHOULD);
    }
    Query title = builder.createBooleanQuery(Schema.TITLE, text, BooleanClause.Occur.SHOULD);
    if (title != null)
      b.add(new BoostQuery(title, Ranking.TITLE_BOOST), BooleanClause.Occur.SHOULD);
    for (AnswerType type : AnswerType.of(text))
      b.add(new BoostQuery(type.clause(), Ranking.ANSWER_BOOST), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /**
   * All the words near one another, or null when their readings are too many to spell out (a long
   * text with several numbers in words: every reading is a path of the phrase).
   */
  private Query proximity(String text) {
    try {
      return builder.createPhraseQuery(Schema.TEXT, text, Ranking.PROXIMITY_SLOP);
    } catch (IndexSearcher.TooManyClauses e) {
      return null;
    }
  }

  /** The {@link RelatedForms} of the stems of {@code text}. */
  private List<String> relatedForms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.addAll(RelatedForms.of(term));
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    return out;
  }

  /** The whitespace-separated words of {@code text} that are not stopwords or punctuation. */
  private List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("\\s+")) {
      if (w.isEmpty()) continue;
      try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, w)) {
        ts.reset();
        if (ts.incrementToken()) out.add(w);
        while (ts.incrementToken()) {}
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analyzing a string cannot fail", e);
      }
    }
    return out;
  }

  private static boolean isMultiPosition(Query q) {
    return !(q instanceof SynonymQuery);
  }

  /**
   * A synonym expansion scores a constant: a rare multi-word synonym of a common word would
   * otherwise outscore the word itself through its higher IDF.
   */
  private static Query synonymClause(Query expanded) {
    return new BoostQuery(new ConstantScoreQuery(expanded), Ranking.SYNONYM_BOOST);
  }

  /** A +word or -word: any of its forms. */
  private Query anyForm(String text) {
    Query stemmed = builder.createBooleanQuery(Schema.TEXT, text, BooleanClause.Occur.SHOULD);
    Query exact = builder.createBooleanQuery(Schema.TEXT_EXACT, text, BooleanClause.Occur.SHOULD);
    if (stemmed == null && exact == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (stemmed != null) b.add(stemmed, BooleanClause.Occur.SHOULD);
    if (exact != null)
      b.add(new BoostQuery(exact, Ranking.EXACT_BOOST), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /** A quoted phrase: the words in order, exact forms scoring higher. */
  private Query phrase(String text) {
    Query stemmed = builder.createPhraseQuery(Schema.TEXT, text, 0);
    if (stemmed == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(stemmed, BooleanClause.Occur.SHOULD);
    if (synonymBuilder != null) {
      Query expanded = synonymBuilder.createPhraseQuery(Schema.TEXT, text, 0);
      if (expanded != null && !expanded.equals(stemmed))
        b.add(synonymClause(expanded), BooleanClause.Occur.SHOULD);
    }
    // the exact field has no positions: the phrase is required on the stemmed field, and the
    // exact forms of its words add their weight (lit only where the phrase is)
    Query exact = builder.createBooleanQuery(Schema.TEXT_EXACT, text, BooleanClause.Occur.SHOULD);
    if (exact != null) {
      b.add(new ScoreOnly(new BoostQuery(exact, Ranking.EXACT_BOOST)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
