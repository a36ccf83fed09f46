package dev.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What helps people as they type, for one view of the index: completions ({@link Suggester}),
 * corrected spellings ({@link SpellingCorrector}) and Latin-script readings ({@link
 * LatinReadings}), all drawn on one {@link Vocabulary}. Each part is built on first use.
 */
final class TypingAids {
  /** A word whose terms are in some passage: the searcher answers from the stemmed field. */
  interface Known {
    boolean test(String word) throws IOException;
  }

  /** The most words of one query looked up for a correction (each costs a neighbourhood). */
  static final int MAX_WORDS_TRIED = 8;

  /** The fewest uses of a correction offered while the query as typed has results. */
  static final long MIN_OFFERED_COUNT = 3;

  /** A word this rare ... */
  static final long RARE_COUNT = 2;

  /** ... is taken for a slip of a spelling this many times commoner. */
  static final long COMMONER = 100;

  final Vocabulary vocabulary;
  final long buildNanos;
  private Suggester suggester;
  private LatinReadings latin;
  private final SpellingCorrector corrector;

  TypingAids(Vocabulary vocabulary, long buildNanos) {
    this.vocabulary = vocabulary;
    this.buildNanos = buildNanos;
    this.corrector = new SpellingCorrector(vocabulary);
  }

  synchronized Suggester suggester() throws IOException {
    if (suggester == null) suggester = new Suggester(vocabulary);
    return suggester;
  }

  synchronized LatinReadings latin() {
    if (latin == null) latin = new LatinReadings(vocabulary);
    return latin;
  }

  /**
   * {@code query} with each word corrected that {@code known} says is in no passage (and, when
   * {@code found} is true, only by a spelling used at least {@link #MIN_OFFERED_COUNT} times), and
   * each word the index has only once or twice beside a spelling one slip away and {@link
   * #COMMONER} times commoner; or null when there is nothing to correct. A word split by a stray
   * space (ال حسكة) is joined.
   */
  String correct(String query, Known known, boolean found) throws IOException {
    String[] words = query.strip().split("\\s+");
    List<String> out = new ArrayList<>(words.length);
    boolean changed = false;
    int tried = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (!isPlainWord(word)) {
        out.add(word);
        continue;
      }
      String key = Vocabulary.fold(word);
      if (i + 1 < words.length && isPlainWord(words[i + 1])) {
        String joined = key + Vocabulary.fold(words[i + 1]);
        if (vocabulary.count(joined) > 0
            && (ArabicClitics.endsInArticle(key)
                || !known.test(word)
                || !known.test(words[i + 1]))) {
          out.add(vocabulary.written(joined));
          i++;
          changed = true;
          continue;
        }
      }
      // beside words that find, a rare word is left be: in a small collection most are real
      boolean absent = !known.test(word);
      if ((absent || !found) && ++tried > MAX_WORDS_TRIED) {
        out.add(word); // a pasted paragraph of unknown words is no query to correct word by word
        continue;
      }
      String fixed = absent ? ifAbsent(key, found) : found ? null : ifRare(key);
      out.add(fixed == null ? word : fixed);
      changed |= fixed != null;
    }
    return changed ? String.join(" ", out) : null;
  }

  private String ifAbsent(String key, boolean found) {
    SpellingCorrector.Correction c =
        corrector.correct(
            key, ArabicConfusions.EDIT, found ? SpellingCorrector.CAREFUL : SpellingCorrector.BOLD);
    if (c == null || (found && c.count() < MIN_OFFERED_COUNT)) return null;
    return written(c.text());
  }

  private String ifRare(String key) {
    long count = vocabulary.count(key);
    if (count == 0 || count > RARE_COUNT) return null;
    SpellingCorrector.Correction c =
        corrector.correct(key, ArabicConfusions.CHEAP, SpellingCorrector.CAREFUL);
    if (c == null || c.text().contains(" ") || c.count() < COMMONER * count) return null;
    return written(c.text());
  }

  /** A folded correction as the passages write it, clitics and all. */
  private String written(String folded) {
    List<String> parts = new ArrayList<>();
    for (String part : folded.split(" ")) {
      if (vocabulary.count(part) > 0) {
        parts.add(vocabulary.written(part));
        continue;
      }
      parts.add(withClitics(part));
    }
    return String.join(" ", parts);
  }

  private String withClitics(String folded) {
    for (String clitics : ArabicClitics.ALL) {
      if (clitics.isEmpty() || !folded.startsWith(clitics)) continue;
      String rest = folded.substring(clitics.length());
      if (ArabicClitics.endsInArticle(clitics)) {
        String withArticle = ArabicClitics.ARTICLE + rest;
        if (vocabulary.count(withArticle) > 0) {
          return clitics
              + vocabulary.written(withArticle).substring(ArabicClitics.ARTICLE.length());
        }
      } else if (vocabulary.count(rest) > 0) {
        return clitics + vocabulary.written(rest);
      }
    }
    return folded;
  }

  /** A word of letters only (diacritics allowed): no operator, digit or quote to keep intact. */
  static boolean isPlainWord(String word) {
    if (word.isEmpty()) return false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }
}
