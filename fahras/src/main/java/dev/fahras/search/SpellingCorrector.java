package dev.fahras.search;

import java.util.HashMap;
import java.util.Map;

/**
 * The word of the index a misspelled word most likely meant: the most frequent word within one
 * edit, where the slips Arabic writers make ({@link ArabicConfusions}) cost half an edit, so two of
 * them fit; or two words run together without their space (المدينةالمنورة); or, past its proclitics
 * (وبال…), a correction of the word itself. Works on folded keys of the {@link Vocabulary}.
 */
final class SpellingCorrector {
  /**
   * How bold a correction may be: the shortest word corrected by a whole edit (shorter ones only by
   * slips), whether the first letter must stay (a first letter added or dropped is more often
   * another form of the word, احسن and حسن, than a slip), and the shortest part of a split word.
   */
  record Limits(int minLengthForEdit, boolean keepFirstLetter, int minPart) {}

  /** For a query that finds nothing: any likely correction beats none. */
  static final Limits BOLD = new Limits(5, false, 2);

  /** For a query that finds as typed: only what is very likely a slip is offered. */
  static final Limits CAREFUL = new Limits(6, true, 3);

  /** The shortest word corrected at all: two letters have too many neighbours. */
  static final int MIN_LENGTH = 3;

  /**
   * The longest word corrected: its neighbours grow with the square of its length, and no word with
   * its clitics is longer (a run of letters past it is no misspelling).
   */
  static final int MAX_LENGTH = 24;

  /**
   * A correction: {@code text} (folded, a space where a run-together word was split), its cost in
   * edits, and how often the index uses it (the rarer part's count for a split).
   */
  record Correction(String text, double cost, long count) {
    boolean betterThan(Correction other) {
      return other == null
          || cost < other.cost
          || (cost == other.cost && count > other.count)
          || (cost == other.cost && count == other.count && text.compareTo(other.text) < 0);
    }
  }

  private final Vocabulary vocabulary;

  SpellingCorrector(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The best correction of folded {@code key} within {@code maxCost}, or null. */
  Correction correct(String key, double maxCost, Limits limits) {
    if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH) return null;
    double limit =
        key.length() < limits.minLengthForEdit()
            ? Math.min(maxCost, ArabicConfusions.CHEAP)
            : maxCost;
    Correction best = correctWhole(key, limit, limits);
    Correction split = split(key, limits.minPart());
    if (split != null && split.cost() <= limit && split.betterThan(best)) best = split;
    if (best != null) return best;
    return pastClitics(key, limit, limits);
  }

  /** The word past its proclitics corrected, the clitics put back. */
  private Correction pastClitics(String key, double limit, Limits limits) {
    for (String clitics : ArabicClitics.ALL) {
      if (clitics.isEmpty() || !key.startsWith(clitics)) continue;
      String rest = key.substring(clitics.length());
      if (rest.length() < MIN_LENGTH) continue;
      boolean article = ArabicClitics.endsInArticle(clitics);
      Correction c = correctWhole(article ? ArabicClitics.ARTICLE + rest : rest, limit, limits);
      if (c == null) continue;
      String word = article ? c.text().substring(ArabicClitics.ARTICLE.length()) : c.text();
      return new Correction(clitics + word, c.cost(), c.count());
    }
    return null;
  }

  private Correction correctWhole(String key, double limit, Limits limits) {
    Correction best = null;
    for (Map.Entry<String, Double> n : neighbours(key, limit).entrySet()) {
      if (limits.keepFirstLetter() && n.getKey().charAt(0) != key.charAt(0)) continue;
      long count = vocabulary.count(n.getKey());
      if (count == 0) continue;
      Correction c = new Correction(n.getKey(), n.getValue(), count);
      if (c.betterThan(best)) best = c;
    }
    return best;
  }

  /** Two words of the index run together, split where both parts are commonest. */
  private Correction split(String key, int minPart) {
    Correction best = null;
    for (int i = minPart; i <= key.length() - minPart; i++) {
      long left = vocabulary.count(key.substring(0, i));
      long right = left == 0 ? 0 : vocabulary.count(key.substring(i));
      if (right == 0) continue;
      Correction c =
          new Correction(
              key.substring(0, i) + " " + key.substring(i),
              ArabicConfusions.CHEAP,
              Math.min(left, right));
      if (c.betterThan(best)) best = c;
    }
    return best;
  }

  /** Every spelling within {@code limit} of {@code key}, with its least cost. */
  static Map<String, Double> neighbours(String key, double limit) {
    Map<String, Double> out = new HashMap<>();
    edits(key, 0, limit, out);
    return out;
  }

  private static void edits(String s, double spent, double limit, Map<String, Double> out) {
    int n = s.length();
    String alphabet = ArabicConfusions.ALPHABET;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char before = i > 0 ? s.charAt(i - 1) : 0;
      char after = i + 1 < n ? s.charAt(i + 1) : 0;
      double delete = spent + ArabicConfusions.insertion(c, c == before ? before : after);
      if (delete <= limit) offer(s.substring(0, i) + s.substring(i + 1), delete, out);
      for (int a = 0; a < alphabet.length(); a++) {
        char to = alphabet.charAt(a);
        double cost = spent + ArabicConfusions.substitution(c, to);
        if (to != c && cost <= limit) offer(s.substring(0, i) + to + s.substring(i + 1), cost, out);
      }
      if (i + 1 < n && after != c && spent + ArabicConfusions.EDIT <= limit) {
        offer(
            s.substring(0, i) + after + c + s.substring(i + 2), spent + ArabicConfusions.EDIT, out);
      }
    }
    for (int i = 0; i <= n; i++) {
      char before = i > 0 ? s.charAt(i - 1) : 0;
      for (int a = 0; a < alphabet.length(); a++) {
        char c = alphabet.charAt(a);
        double cost = spent + ArabicConfusions.insertion(c, before == c ? before : 0);
        if (cost <= limit) offer(s.substring(0, i) + c + s.substring(i), cost, out);
      }
    }
    if (spent == 0 && limit >= 2 * ArabicConfusions.CHEAP) {
      // a second edit only after a slip, and only another slip: two cheap steps
      for (Map.Entry<String, Double> e : Map.copyOf(out).entrySet()) {
        if (e.getValue() == ArabicConfusions.CHEAP) edits(e.getKey(), e.getValue(), limit, out);
      }
    }
  }

  private static void offer(String s, double cost, Map<String, Double> out) {
    if (!s.isEmpty()) out.merge(s, cost, Math::min);
  }
}
