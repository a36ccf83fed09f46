package dev.fahras.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Arabic read from a query typed in Latin script: Buckwalter transliteration, letter for letter; or
 * Arabizi and English spellings of Arabic names ({@code 7asaka}, {@code el 7asaka}, {@code
 * Hasakah}, {@code Deir ez-Zor}), matched by consonant skeleton against the words of the index,
 * since their vowels are written loosely or not at all. Each word becomes the commonest word of the
 * index it can stand for; a word with none makes the query unreadable.
 */
final class LatinReadings {
  /** Skeletons tried per Latin word: each ambiguous letter multiplies them. */
  private static final int MAX_SKELETONS = 512;

  /** The fewest consonants a reading must have. */
  private static final int MIN_SKELETON = 2;

  /** Words kept per skeleton, commonest first. */
  private static final int PER_SKELETON = 4;

  private final Vocabulary vocabulary;
  private final Map<String, int[]> bySkeleton;

  LatinReadings(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      String skeleton = arabicSkeleton(vocabulary.key(i));
      if (!skeleton.isEmpty()) groups.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(i);
    }
    this.bySkeleton = new HashMap<>(groups.size() * 2);
    for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
      int[] top =
          e.getValue().stream()
              .sorted((a, b) -> Long.compare(vocabulary.count(b), vocabulary.count(a)))
              .limit(PER_SKELETON)
              .mapToInt(Integer::intValue)
              .toArray();
      bySkeleton.put(e.getKey(), top);
    }
  }

  /** Whether {@code query} is written in Latin letters (and perhaps Arabizi digits) only. */
  static boolean isLatin(String query) {
    boolean latin = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        latin = true;
      } else if (Character.isLetter(c)) {
        return false;
      }
    }
    return latin;
  }

  /** The Arabic that {@code query} stands for, as written in the index, or null. */
  String read(String query) {
    String buckwalter = buckwalter(query);
    if (buckwalter != null && Buckwalter.marked(query)) return buckwalter;
    String spelled = bySound(query);
    return spelled != null ? spelled : buckwalter;
  }

  /** The query letter for letter as Buckwalter, when each of its words is in the index. */
  private String buckwalter(String query) {
    List<String> out = new ArrayList<>();
    for (String word : query.strip().split("\\s+")) {
      String arabic = Buckwalter.toArabic(word);
      if (arabic == null) return null;
      String key = Vocabulary.fold(arabic);
      if (vocabulary.count(key) == 0) return null;
      out.add(vocabulary.written(key));
    }
    return out.isEmpty() ? null : String.join(" ", out);
  }

  /** The query read as Arabizi or an English spelling, word by word. */
  private String bySound(String query) {
    List<String> words = Arrays.asList(query.strip().toLowerCase(Locale.ROOT).split("[\\s\\-]+"));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.isEmpty()) continue;
      if (isArticle(word) && i + 1 < words.size()) {
        // al-, el, ez (assimilated): the next word's article, which skeletons leave out
        continue;
      }
      String arabic = bestFor(word);
      if (arabic == null) return null;
      out.add(arabic);
    }
    return out.isEmpty() ? null : String.join(" ", out);
  }

  private static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "il", "ul", "as", "es", "ash", "ad", "ed", "adh", "ar", "er", "az", "ez",
          "at", "et", "an", "en", "ath");

  private static boolean isArticle(String word) {
    return ARTICLES.contains(word);
  }

  /** The commonest word of the index whose skeleton a reading of {@code word} gives. */
  private String bestFor(String word) {
    if (word.matches(".*(.)\\1\\1.*")) return null; // qqqq is no word, in any script
    int best = -1;
    for (String skeleton : latinSkeletons(word)) {
      int[] found = bySkeleton.get(skeleton);
      if (found == null) continue;
      if (best < 0 || vocabulary.count(found[0]) > vocabulary.count(best)) best = found[0];
    }
    return best < 0 ? null : vocabulary.written(best);
  }

  /**
   * The consonants of a folded Arabic word: past the article, without long vowels and hamza (ا و ي
   * ء), and without a final ه (ة), which Latin spellings write as -a, -ah or -eh.
   */
  static String arabicSkeleton(String key) {
    String s = key;
    if (s.startsWith(ArabicClitics.ARTICLE) && s.length() > 3) s = s.substring(2);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\u0627\u0648\u064A\u0621".indexOf(c) >= 0) continue;
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
      b.append(c);
    }
    if (b.length() > 1 && b.charAt(b.length() - 1) == '\u0647') b.setLength(b.length() - 1);
    return b.toString();
  }

  /**
   * The Arabic consonant skeletons a Latin word may stand for; with a leading al-, also without.
   */
  static Set<String> latinSkeletons(String word) {
    Set<String> out = new LinkedHashSet<>(skeletonsOf(word));
    if (word.length() > 4 && ARTICLES.contains(word.substring(0, 2))) {
      out.addAll(skeletonsOf(word.substring(2)));
    }
    return out;
  }

  private static List<String> skeletonsOf(String word) {
    List<String> skeletons = new ArrayList<>(List.of(""));
    String last = null;
    for (int i = 0; i < word.length(); ) {
      String unit = unitAt(word, i);
      i += unit.length();
      boolean first = skeletons.size() == 1 && skeletons.get(0).isEmpty() && last == null;
      boolean finalH = unit.equals("h") && i == word.length() && last != null && isVowel(last);
      // a vowel after a vowel may be an ع the spelling glides over (daesh for داعش)
      boolean hiatus = last != null && isShortVowel(last) && isShortVowel(unit);
      String[] options = finalH ? new String[] {"", "\u062D"} : options(unit, first || hiatus);
      if (options == null) return List.of();
      if (unit.equals(last) && !isVowel(unit)) continue; // a doubled consonant is written once
      last = unit;
      List<String> next = new ArrayList<>();
      for (String s : skeletons) {
        for (String o : options) {
          String t = !o.isEmpty() && s.endsWith(o) ? s : s + o;
          if (!next.contains(t)) next.add(t);
        }
      }
      if (next.size() > MAX_SKELETONS) return List.of();
      skeletons = next;
    }
    // one consonant matches too many words to be a reading
    skeletons.removeIf(s -> s.length() < MIN_SKELETON);
    return skeletons;
  }

  private static final String[] DIGRAPHS = {"sh", "kh", "gh", "th", "dh", "ch", "3'", "7'"};

  private static String unitAt(String word, int i) {
    for (String d : DIGRAPHS) {
      if (word.startsWith(d, i)) return d;
    }
    return word.substring(i, i + 1);
  }

  private static boolean isShortVowel(String unit) {
    return unit.length() == 1 && "aeiou".indexOf(unit.charAt(0)) >= 0;
  }

  private static boolean isVowel(String unit) {
    return unit.length() == 1 && "aeiouwy".indexOf(unit.charAt(0)) >= 0;
  }

  private static final Map<String, String[]> LETTERS = letters();

  private static Map<String, String[]> letters() {
    Map<String, String[]> m = new HashMap<>();
    m.put("b", new String[] {"\u0628"});
    m.put("p", new String[] {"\u0628"});
    m.put("t", new String[] {"\u062A", "\u0637"});
    m.put("th", new String[] {"\u062B", "\u0630", "\u062A"});
    m.put("j", new String[] {"\u062C"});
    m.put("g", new String[] {"\u062C", "\u063A", "\u0642"});
    m.put("gh", new String[] {"\u063A"});
    m.put("h", new String[] {"\u062D", "\u0647"});
    m.put("7", new String[] {"\u062D"});
    m.put("kh", new String[] {"\u062E"});
    m.put("5", new String[] {"\u062E"});
    m.put("7'", new String[] {"\u062E"});
    m.put("d", new String[] {"\u062F", "\u0636"});
    m.put("dh", new String[] {"\u0630", "\u0636", "\u0638"});
    m.put("r", new String[] {"\u0631"});
    m.put("z", new String[] {"\u0632", "\u0638", "\u0630"});
    m.put("s", new String[] {"\u0633", "\u0635"});
    m.put("sh", new String[] {"\u0634"});
    m.put("ch", new String[] {"\u0634"});
    m.put("9", new String[] {"\u0635", "\u0642"});
    m.put("6", new String[] {"\u0637"});
    m.put("q", new String[] {"\u0642"});
    m.put("8", new String[] {"\u0642", "\u063A"});
    m.put("k", new String[] {"\u0643", "\u0642"});
    m.put("c", new String[] {"\u0643", "\u0633"});
    m.put("x", new String[] {"\u0643\u0633"});
    m.put("3", new String[] {"\u0639"});
    m.put("3'", new String[] {"\u063A"});
    m.put("2", new String[] {""});
    m.put("'", new String[] {"", "\u0639"});
    m.put("f", new String[] {"\u0641"});
    m.put("v", new String[] {"\u0641"});
    m.put("l", new String[] {"\u0644"});
    m.put("m", new String[] {"\u0645"});
    m.put("n", new String[] {"\u0646"});
    return Map.copyOf(m);
  }

  /**
   * The Arabic a Latin unit may stand for ("" for a vowel, or ع where {@code mayBeAin}), or null
   * for no letter at all.
   */
  private static String[] options(String unit, boolean mayBeAin) {
    if (isVowel(unit)) return mayBeAin ? new String[] {"", "\u0639"} : new String[] {""};
    return LETTERS.get(unit);
  }
}
