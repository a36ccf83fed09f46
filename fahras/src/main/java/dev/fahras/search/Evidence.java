package dev.fahras.search;

/**
 * The kinds of ranking evidence a plain query adds to its stemmed words ({@link Ranking} has their
 * weights). Each is on by default only if it earned it: significantly better (paired test, p &lt;
 * 0.05) on at least one of the bundled, dev and ARCD-test sets, significantly worse on none, and
 * lowering neither half of ARCD-test (README, "What each kind of evidence earns"). The others are
 * opt-in ({@link SearcherConfig.Builder#withEvidence}); any can be switched off ({@link
 * SearcherConfig.Builder#withoutEvidence}) to measure what it contributes.
 */
public enum Evidence {
  /**
   * Each word's exact normalized form, second stage. Opt-in: significant on no set (p 0.50–0.54),
   * and it lowered ARCD-test's half A.
   */
  EXACT_FORMS(false),
  /**
   * Adjacent pairs of words near each other (three words or more), second stage. Kept although the
   * rule alone would make it opt-in (ARCD-test p 0.18, half A −0.004): without it ARCD-test's half
   * B loses significantly (−0.013, p 0.009), which the default may not.
   */
  WORD_PAIRS(true),
  /** The words in the document's title, second stage. Opt-in: it changed no query of any set. */
  TITLE(false),
  /** Synonyms (the index's, yours, and the built-in set when that is on), first stage. */
  SYNONYMS(true),
  /**
   * The built-in synonym set (17 pairs of spelling variants: سوريا/سورية, أمريكا/أميركا, …), first
   * stage. Opt-in: significant on no set (switched off: ARCD-test +0.000, the dev set −0.008 MRR, p
   * 1.0), and it costs a tenth of a search's median time.
   */
  BUILT_IN_SYNONYMS(false),
  /** Related forms of the query's stems ({@code RelatedForms}), first stage. */
  RELATED_FORMS(true),
  /** A word no passage holds, looked for one edit away (a typo, a transliteration), first stage. */
  SPELLING_VARIANTS(true),
  /**
   * The kind of answer a question asks for ({@link AnswerType}), and the passage opening with the
   * subject of a definition question ({@link DefinitionQuestion}), second stage.
   */
  ANSWER_TYPES(true),
  /**
   * The words framing a question (ما اسم، كم يبلغ عدد: {@link FramingWords}) at a lower weight in
   * the first stage, and left out of the exact forms and the word pairs; switched off, they count
   * as much as the other words.
   */
  FRAMING_WORDS(true);

  private final boolean onByDefault;

  Evidence(boolean onByDefault) {
    this.onByDefault = onByDefault;
  }

  /** Whether the default ranking uses it. */
  public boolean onByDefault() {
    return onByDefault;
  }
}
