package dev.fahras.search;

/**
 * The kinds of ranking evidence a plain query adds to its stemmed words ({@link Ranking} has their
 * weights); each can be switched off ({@link SearcherConfig.Builder#withoutEvidence}) to measure
 * what it contributes.
 */
public enum Evidence {
  /** Each word's exact normalized form, second stage. */
  EXACT_FORMS,
  /** Adjacent pairs of words near each other (three words or more), second stage. */
  WORD_PAIRS,
  /** The words in the document's title, second stage. */
  TITLE,
  /** Synonyms (built-in, the index's, yours), first stage. */
  SYNONYMS,
  /** Related forms of the query's stems ({@code RelatedForms}), first stage. */
  RELATED_FORMS,
  /** A word no passage holds, looked for one edit away (a typo, a transliteration), first stage. */
  SPELLING_VARIANTS,
  /**
   * The kind of answer a question asks for ({@link AnswerType}), and the passage opening with the
   * subject of a definition question ({@link DefinitionQuestion}), second stage.
   */
  ANSWER_TYPES,
  /**
   * The words framing a question (ما اسم، كم يبلغ عدد: {@link FramingWords}) at a lower weight in
   * the first stage, and left out of the exact forms and the word pairs; switched off, they count
   * as much as the other words.
   */
  FRAMING_WORDS
}
