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

  /** Nouns that frame a question when a question word stands right before them. */
  private static final Set<String> FRAMING = Set.of("اسم", "الاسم", "عدد", "نوع", "معني", "مره");

  /** {@code text} split into the words it is about and its framing words, each space-joined. */
  static String[] split(String text) {
    StringBuilder kept = new StringBuilder();
    StringBuilder framing = new StringBuilder();
    String previous = "";
    for (String w : text.split("\\s+")) {
      if (w.isEmpty()) continue;
      String n = normalize(w);
      boolean frames = QUESTION_WORDS.contains(previous) && FRAMING.contains(n);
      (frames ? framing : kept).append(w).append(' ');
      previous = n;
    }
    return new String[] {kept.toString().strip(), framing.toString().strip()};
  }

  private static String normalize(String w) {
    char[] c = w.replaceAll("[\\p{Punct}؟،؛]", "").toCharArray();
    return new String(c, 0, FahrasNormalizer.DEFAULT.normalize(c, c.length));
  }
}
