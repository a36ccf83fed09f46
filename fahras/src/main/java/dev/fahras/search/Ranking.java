package dev.fahras.search;

import dev.fahras.index.Schema;

/**
 * How a plain query is ranked, in one place: the evidence a passage can show and its weight.
 *
 * <p>BM25 over passages. For the free words of a query, each word may match the stemmed field
 * ({@link Schema#TEXT}, weight 1) and, in the second stage, as written ({@link ExactFormQuery},
 * weight {@link #EXACT_BOOST}), so exact forms rank above stem-only matches; with three words or
 * more each adjacent pair near each other adds {@link #PAIR_BOOST} (all the words near one another
 * added nothing on any evaluation set, {@code eval --ablation}, and was dropped); a match in the
 * title adds {@link #TITLE_BOOST}; a {@link dev.fahras.analysis.RelatedForms relative} of a query
 * word (حارس → حراس, هجوم → هجم, استسلم → استسلام) adds its BM25 score at {@link #RELATED_WEIGHT}
 * and a synonym a constant {@link #SYNONYM_BOOST}, so the words as typed outrank both; when the
 * query asks how many (كم، عدد، حصيلة), when (متى، تاريخ), where (أين) or why (لماذا), a passage
 * holding that kind of answer (a number; a month, weekday or year; a place word; a cause or aim)
 * adds a constant {@link #ANSWER_BOOST} ({@link AnswerType}), and so does a passage opening with
 * the subject of a question asking what or who it is ({@link DefinitionQuestion}); a noun framing
 * the question (ما اسم) counts at {@link #FRAMING_WEIGHT}. Stopwords and punctuation (question
 * words, ؟) never reach the query.
 */
final class Ranking {
  private Ranking() {}

  /**
   * Calibrated on the reports, the dev set and ARCD together: at 0.5 a competitor sharing the
   * question's surface forms outranked an answer matching by stem (ARCD MAP@10 0.848 → 0.851 at
   * 0.3); at 0.2 the reports and the dev set lose.
   */
  static final float EXACT_BOOST = 0.3f;

  static final float TITLE_BOOST = 0.2f;

  /** Synonym expansions count at this weight, beside the words as typed (weight 1). */
  static final float SYNONYM_BOOST = 0.5f;

  /**
   * A related form of a query word ({@link dev.fahras.analysis.RelatedForms}) is scored by BM25
   * with its own statistics at this weight: a rare verbal noun standing for a rare verb (اشترك →
   * اشتراك) counts as the rare word it is, where a constant 0.5 counted it as little as a common
   * one. Kept with the forms (the OpenSearch plugin's filter boosts them the same), where its
   * calibration is noted.
   */
  static final float RELATED_WEIGHT = dev.fahras.analysis.RelatedForms.WEIGHT;

  static final float PAIR_BOOST = 0.4f;
  static final int PAIR_SLOP = 2;

  /**
   * A query word whose stem no passage holds is looked for one edit away (a spelling variant or a
   * typo: موريطانيا for موريتانيا): stems of at least this many letters, the first letters kept, at
   * most so many variants, scored by BM25 as the variants' blended statistics give it, at {@link
   * #VARIANT_WEIGHT}. Not a constant as for synonyms: no word of the query stands for the variant,
   * and a rare name misspelt is the word the question is about (ARCD MAP@10 +0.002 over the
   * constant).
   */
  static final int VARIANT_MIN_CHARS = 4;

  static final float VARIANT_WEIGHT = 0.5f;

  static final int VARIANT_PREFIX = 1;
  static final int VARIANT_EXPANSIONS = 10;

  /**
   * A quoted phrase with a number lets the words after it stand this much further per number: a
   * number written in words is indexed on its first word (up to four words: ألفين وثلاثمائة وأربعة
   * وسبعين).
   */
  static final int NUMBER_WORDS_SLOP = 3;

  /**
   * A passage holding the kind of answer a question asks for ({@link AnswerType}) gains this
   * constant.
   */
  static final float ANSWER_BOOST = 0.5f;

  /**
   * A noun that frames a question (ما اسم، كم عدد، ما نوع: {@link FramingWords}) counts at this
   * weight in the first stage: it matches passages everywhere and outranked the words the question
   * is about (ARCD MAP@10 +0.002 at 0.3, +0.003 at 0; kept as weak evidence rather than dropped).
   */
  static final float FRAMING_WEIGHT = 0.3f;
}
