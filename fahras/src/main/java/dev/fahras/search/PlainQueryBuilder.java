package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.RelatedForms;
import dev.fahras.analysis.query.ReadingsQuery;
import dev.fahras.analysis.query.WordsQueryBuilder;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A plain query ({@link PlainSyntax}) as Lucene clauses carrying the {@link Ranking} evidence, in
 * two stages ({@link RankedQuery}): the words, their synonyms and related forms find and rank
 * candidates cheaply; exact forms, word pairs, the title and answer types rerank the best of them.
 */
final class PlainQueryBuilder {
  private final Analyzer analyzer;
  private final QueryBuilder builder;

  /** With synonyms, or null when there are none. */
  private final QueryBuilder synonymBuilder;

  /** Evidence switched off. */
  private final Set<Evidence> off;

  PlainQueryBuilder(Analyzer perFieldAnalyzer, Analyzer withSynonyms, Set<Evidence> off) {
    this.analyzer = perFieldAnalyzer;
    this.off = off;
    this.builder = new WordsQueryBuilder(perFieldAnalyzer);
    this.synonymBuilder = withSynonyms == null ? null : new QueryBuilder(withSynonyms);
    // a multi-word synonym is a phrase: سجن الحسكة, not سجن and الحسكة anywhere
    if (synonymBuilder != null) synonymBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * The two stages of plain {@code text}, its free words passed through {@code freeWords} first:
   * what finds the candidates, and the evidence that reranks them.
   */
  RankedQuery build(
      String text, UnaryOperator<String> freeWords, InformativeWords.DocFreq docFreq) {
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    BooleanQuery.Builder evidence = new BooleanQuery.Builder();
    boolean positive = false;
    StringBuilder wanted = new StringBuilder(); // the words of every part not excluded
    for (PlainSyntax.Part part : PlainSyntax.parts(text)) {
      if (part.sign() != '-') wanted.append(part.text()).append(' ');
      boolean free = part.sign() == 0 && !part.phrase();
      String words = free ? freeWords.apply(part.text()) : part.text();
      // split once: the first stage weighs the framing words, the evidence leaves them out
      String[] framing = free ? framing(words) : null;
      Query q =
          part.phrase()
              ? phrase(words)
              : part.sign() == 0 ? framed(words, framing, docFreq) : anyForm(words);
      if (q == null) continue;
      switch (part.sign()) {
        case '+' -> {
          top.add(q, BooleanClause.Occur.MUST);
          positive = true;
        }
        case '-' -> {
          top.add(q, BooleanClause.Occur.MUST_NOT);
          continue; // an excluded word is no evidence
        }
        default -> {
          top.add(q, part.phrase() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
          positive = true;
        }
      }
      addEvidence(evidence, part, words, framing);
    }
    if (!positive) {
      // nothing but stopwords (ومن قبل, فكيف): they are found as a phrase in their own field
      Query stopwords = StopwordPhrase.of(analyzer, wanted.toString());
      if (stopwords == null) return new RankedQuery(new BooleanQuery.Builder().build(), null);
      return new RankedQuery(top.add(stopwords, BooleanClause.Occur.MUST).build(), null, true);
    }
    BooleanQuery more = evidence.build();
    return new RankedQuery(top.build(), more.clauses().isEmpty() ? null : more);
  }

  /**
   * The second-stage evidence of one part: exact forms, and for free words the word pairs, the
   * title and the kind of answer asked for.
   */
  private void addEvidence(
      BooleanQuery.Builder evidence, PlainSyntax.Part part, String text, String[] framing) {
    // a framing word (ما اسم، متى تم) carries nothing as written either, nor in a pair
    String about = framing != null ? framing[0] : text;
    Query exact = off.contains(Evidence.EXACT_FORMS) ? null : ExactFormQuery.of(analyzer, about);
    if (exact != null) {
      Query boosted = new BoostQuery(exact, Ranking.EXACT_BOOST);
      // a phrase's exact forms count only where the phrase is, which every candidate holds
      evidence.add(
          part.phrase() ? new Unhighlighted(boosted) : boosted, BooleanClause.Occur.SHOULD);
    }
    if (part.phrase() || part.sign() != 0) return;
    // pairs of the words the question is about (framing nouns out: ARCD MAP@10 +0.002)
    List<String> content = contentWords(about);
    if (content.size() >= 3 && !off.contains(Evidence.WORD_PAIRS)) {
      // adjacent pairs near each other (sequential dependence, Metzler and Croft 2005): a passage
      // with two of the words side by side outranks one with a single rare word
      for (int i = 0; i + 1 < content.size(); i++) {
        Query pair =
            builder.createPhraseQuery(
                Schema.TEXT, content.get(i) + " " + content.get(i + 1), Ranking.PAIR_SLOP);
        if (pair != null && isMultiPosition(pair)) {
          evidence.add(new BoostQuery(pair, Ranking.PAIR_BOOST), BooleanClause.Occur.SHOULD);
        }
      }
    }
    Query title =
        off.contains(Evidence.TITLE)
            ? null
            : builder.createBooleanQuery(Schema.TITLE, text, BooleanClause.Occur.SHOULD);
    if (title != null)
      evidence.add(new BoostQuery(title, Ranking.TITLE_BOOST), BooleanClause.Occur.SHOULD);
    for (AnswerType type :
        off.contains(Evidence.ANSWER_TYPES) ? Set.<AnswerType>of() : AnswerType.of(text))
      evidence.add(new BoostQuery(type.clause(), Ranking.ANSWER_BOOST), BooleanClause.Occur.SHOULD);
    Query definition =
        off.contains(Evidence.ANSWER_TYPES) ? null : DefinitionQuestion.evidence(analyzer, text);
    if (definition != null)
      evidence.add(new BoostQuery(definition, Ranking.ANSWER_BOOST), BooleanClause.Occur.SHOULD);
  }

  /**
   * {@code text} split into the words the question is about and its framing nouns ({@link
   * FramingWords#split}), or null when no noun frames it, none is left beside one, or the evidence
   * is off.
   */
  private String[] framing(String text) {
    if (off.contains(Evidence.FRAMING_WORDS)) return null;
    String[] split = FramingWords.split(text);
    return split[0].isEmpty() || split[1].isEmpty() ? null : split;
  }

  /** Free words, their framing words ({@code split}, or null: none) at a lower weight. */
  private Query framed(String text, String[] split, InformativeWords.DocFreq docFreq) {
    if (split == null) return words(text, docFreq);
    Query kept = words(split[0], docFreq);
    Query framing = words(split[1], docFreq);
    if (kept == null || framing == null) return words(text, docFreq);
    return new BooleanQuery.Builder()
        .add(kept, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(framing, Ranking.FRAMING_WEIGHT), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Free words, first stage: stemmed, synonyms and related forms, all optional. */
  private Query words(String text, InformativeWords.DocFreq docFreq) {
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
    List<List<String>> words = readings(text);
    // a stem the query repeats is one clause weighted by its count, as Lucene's rewrite would
    // merge the copies: a word typed 105 times must not make 105 copies of its relatives
    if (!off.contains(Evidence.RELATED_FORMS)) {
      counted(words.stream().flatMap(List::stream).toList())
          .forEach(
              (stem, n) -> {
                for (String form : RelatedForms.of(stem)) {
                  Query relative = new TermQuery(new Term(Schema.TEXT, form));
                  b.add(
                      new BoostQuery(relative, n * Ranking.RELATED_WEIGHT),
                      BooleanClause.Occur.SHOULD);
                }
              });
    }
    if (docFreq != null && !off.contains(Evidence.SPELLING_VARIANTS)) {
      counted(absentStems(words, docFreq))
          .forEach(
              (stem, n) ->
                  b.add(
                      new BoostQuery(
                          new FuzzyQuery(
                              new Term(Schema.TEXT, stem),
                              1,
                              Ranking.VARIANT_PREFIX,
                              Ranking.VARIANT_EXPANSIONS,
                              false),
                          n * Ranking.VARIANT_WEIGHT),
                      BooleanClause.Occur.SHOULD));
    }
    return b.build();
  }

  /** Each distinct string with how often it occurs, in first-seen order. */
  private static Map<String, Integer> counted(List<String> strings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String s : strings) counts.merge(s, 1, Integer::sum);
    return counts;
  }

  /**
   * The stems of the words no passage holds in any reading of their letters (a misspelling:
   * الجكومة, الابوم), long enough for one edit to be a variant rather than another word; none
   * unless another word of the query is found, so a word alone that the collection lacks finds
   * nothing rather than its neighbours (الأكراد is not أفراد). A word found without its proclitic
   * (لداعش as داعش) is found; its number reading (اثنان as 2) is not its letters.
   */
  private static List<String> absentStems(
      List<List<String>> words, InformativeWords.DocFreq docFreq) {
    List<String> out = new ArrayList<>();
    boolean anyPresent = false;
    try {
      for (List<String> readings : words) {
        List<String> absent = new ArrayList<>();
        boolean lettersFound = false;
        for (String stem : readings) {
          if (docFreq.of(stem) > 0) {
            anyPresent = true;
            lettersFound |= !Character.isDigit(stem.charAt(0));
          } else if (stem.length() >= Ranking.VARIANT_MIN_CHARS
              && !Character.isDigit(stem.charAt(0))) {
            absent.add(stem);
          }
        }
        if (!lettersFound) out.addAll(absent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's term statistics failed", e);
    }
    return anyPresent ? out : List.of();
  }

  /**
   * The stems of {@code text}'s words, each word's readings together, in order: what related forms
   * and spelling variants derive from.
   */
  private List<List<String>> readings(String text) {
    List<List<String>> out = new ArrayList<>();
    int position = Integer.MIN_VALUE;
    for (AnalyzedToken t : AnalyzedToken.analyze(analyzer, Schema.TEXT, text)) {
      if (t.position() != position) out.add(new ArrayList<>());
      out.get(out.size() - 1).add(t.term());
      position = t.position();
    }
    return out;
  }

  /**
   * How many numbers of {@code text}, in digits or in words, have a word after them: only those
   * words may stand further from the number in the index than in the query.
   */
  private int numbersBeforeWords(String text) {
    List<Integer> numberEnds = new ArrayList<>();
    int lastWord = -1;
    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
      var type = ts.addAttribute(TypeAttribute.class);
      var increment = ts.addAttribute(PositionIncrementAttribute.class);
      var length = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        if (NUMBER_TYPE.equals(type.type())) {
          numberEnds.add(position + length.getPositionLength());
        } else if (increment.getPositionIncrement() > 0) {
          lastWord = position;
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    // a word follows a number when the last word stands at or past the number's end
    int followed = 0;
    for (int end : numberEnds) if (end <= lastWord) followed++;
    return followed;
  }

  private static final String NUMBER_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

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

  /**
   * Whether a phrase built from words kept more than one position (not one word, or its readings).
   */
  private static boolean isMultiPosition(Query q) {
    return !(q instanceof TermQuery) && !(q instanceof ReadingsQuery);
  }

  /**
   * A synonym expansion scores a constant: a rare multi-word synonym of a common word would
   * otherwise outscore the word itself through its higher IDF.
   */
  private static Query synonymClause(Query expanded) {
    return new BoostQuery(new ConstantScoreQuery(expanded), Ranking.SYNONYM_BOOST);
  }

  /** A +word or -word: any of its forms (every form of a word shares its stem). */
  private Query anyForm(String text) {
    return builder.createBooleanQuery(Schema.TEXT, text, BooleanClause.Occur.SHOULD);
  }

  /** A quoted phrase: the words in order, or a synonym of it in order. */
  private Query phrase(String text) {
    Query stemmed = builder.createPhraseQuery(Schema.TEXT, text, 0);
    if (stemmed == null) return null;
    int numbers = numbersBeforeWords(text);
    if (numbers > 0) {
      // the index flattens a number written in words (ثلاثمائة وأربعة وسبعين → 374) onto its
      // first word, so the next word can stand up to NUMBER_WORDS_SLOP positions further (a
      // phrase that ends with its number needs no slop, and a sloppy phrase costs)
      Query loose =
          builder.createPhraseQuery(Schema.TEXT, text, numbers * Ranking.NUMBER_WORDS_SLOP);
      stemmed = new DisjunctionMaxQuery(List.of(stemmed, loose), 0f);
    }
    if (synonymBuilder == null) return stemmed;
    Query expanded = synonymBuilder.createPhraseQuery(Schema.TEXT, text, 0);
    if (expanded == null || expanded.equals(stemmed)) return stemmed;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(stemmed, BooleanClause.Occur.SHOULD);
    b.add(synonymClause(expanded), BooleanClause.Occur.SHOULD);
    return b.build();
  }
}
