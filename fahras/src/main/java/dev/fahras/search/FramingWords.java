package dev.fahras.search;

import dev.fahras.analysis.FahrasNormalizer;
import java.util.Set;

/**
 * The words that frame a question rather than carry it: a noun right after a question word (ما اسم،
 * كم عدد، ما نوع، ما معنى). They match passages everywhere and would outrank the words the question
 * is about, so they score at a lower weight ({@link Ranking#FRAMING_WEIGHT}).
 */
final class FramingWords {
  private FramingWords() {}

  /** Question words, normalized as the analyzer normalizes (ى → ي, أ → ا, ة → ه). */
  private static final Set<String> QUESTION_WORDS =
      Set.of("ما", "ماذا", "كم", "اي", "متي", "اين", "هل", "ماهو", "ماهي", "بماذا", "في");

  /** The pronoun that may stand between a question word and what frames it. */
  private static final Set<String> COPULA = Set.of("هو", "هي", "هم");

  /** Nouns that frame a question when a question word stands right before them. */
  private static final Set<String> FRAMING =
      Set.of("اسم", "الاسم", "اسماء", "الاسماء", "عدد", "نوع", "معني", "مره");

  /** What a framing noun may carry with it: ما الاسم الآخر، ما الأسماء الأخرى. */
  private static final Set<String> AFTER_FRAMING = Set.of("الاخر", "الاخري", "اخر", "اخري");

  /**
   * Light verbs that frame a question after a question word: how much it amounts to (كم يبلغ عدد،
   * كم تبلغ مساحة), that something was done (متى تم اكتشاف، ماذا قام). A framing noun may follow
   * them (كم يبلغ عدد).
   */
  private static final Set<String> FRAMING_VERBS =
      Set.of("يبلغ", "تبلغ", "بلغ", "بلغت", "تم", "تمت", "يتم", "قام", "قامت");

  /** {@code text} split into the words it is about and its framing words, each space-joined. */
  static String[] split(String text) {
    StringBuilder kept = new StringBuilder();
    StringBuilder framing = new StringBuilder();
    boolean afterQuestion = false;
    boolean afterVerb = false;
    boolean afterNoun = false;
    for (String w : text.split("\\s+")) {
      if (w.isEmpty()) continue;
      String n = normalize(w);
      boolean verb = afterQuestion && FRAMING_VERBS.contains(n);
      boolean noun = (afterQuestion || afterVerb) && FRAMING.contains(n);
      boolean frames = verb || noun || afterNoun && AFTER_FRAMING.contains(n);
      (frames ? framing : kept).append(w).append(' ');
      // ما هو اسم، ما هي أنواع: the pronoun after a question word is part of the question word
      afterQuestion = QUESTION_WORDS.contains(n) || afterQuestion && COPULA.contains(n);
      afterVerb = verb;
      afterNoun = noun;
    }
    return new String[] {kept.toString().strip(), framing.toString().strip()};
  }

  private static String normalize(String w) {
    return FahrasNormalizer.DEFAULT.normalize(w.replaceAll("[\\p{Punct}؟،؛]", ""));
  }
}
