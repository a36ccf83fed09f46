package dev.fahras.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The proclitic sequences a typed word can begin with, folded: a conjunction (و ف), a preposition
 * (ب ك ل) and the article (ال; ل + ال is written لل), in that order. Typing aids strip them to
 * complete or correct the word and put them back as typed.
 */
final class ArabicClitics {
  private ArabicClitics() {}

  static final String ARTICLE = "\u0627\u0644";

  /** Every proclitic sequence, longest first; the empty one last. */
  static final List<String> ALL = all();

  private static List<String> all() {
    List<String> out = new ArrayList<>();
    for (String conjunction : new String[] {"", "\u0648", "\u0641"}) {
      for (String preposition : new String[] {"", "\u0628", "\u0643", "\u0644"}) {
        for (String article : new String[] {"", ARTICLE}) {
          String s = conjunction + preposition + article;
          out.add(s.replace("\u0644\u0627\u0644", "\u0644\u0644"));
        }
      }
    }
    out.sort((a, b) -> b.length() - a.length());
    return List.copyOf(out);
  }

  /** Whether clitic sequence {@code c} ends in the article (ال, or لل after ل). */
  static boolean endsInArticle(String c) {
    return c.endsWith(ARTICLE) || c.endsWith("\u0644\u0644");
  }
}
