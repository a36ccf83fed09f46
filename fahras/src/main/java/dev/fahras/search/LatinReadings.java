package dev.fahras.search;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

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
    CharArraySet stopwords = FahrasArabicAnalyzer.defaultStopwords();
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      String key = vocabulary.key(i);
      // a Latin spelling writes neither function words nor a conjunction or preposition before a
      // name: وتل is not read for tal when تل is a word of its own
      if (stopwords.contains(key) || hasProclitic(key)) continue;
      String skeleton = arabicSkeleton(key);
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

  /** Whether {@code key} is a proclitic letter before another word of the index. */
  private boolean hasProclitic(String key) {
    return key.length() >= 3
        && "\u0648\u0641\u0628\u0644\u0643".indexOf(key.charAt(0)) >= 0
        && vocabulary.count(key.substring(1)) > 0;
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
      String arabic = bestFor(word, i > 0 && isArticle(words.get(i - 1)));
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

  /**
   * The word of the index a reading of {@code word} gives, its use weighed against how far its
   * length is from the Latin spelling's; with an article written (al-, el), words with one first.
   */
  private String bestFor(String word, boolean articleBefore) {
    if (word.matches(".*(.)\\1\\1.*")) return null; // qqqq is no word, in any script
    boolean article = articleBefore || (word.length() > 4 && isArticle(word.substring(0, 2)));
    String bare = !articleBefore && article ? word.substring(2) : word;
    int latinLength = spelledLength(bare);
    int best = -1;
    double bestScore = 0;
    for (String skeleton : latinSkeletons(word)) {
      int[] found = bySkeleton.get(skeleton);
      if (found == null) continue;
      for (int i : found) {
        String key = vocabulary.key(i);
        boolean hasArticle = key.startsWith(ArabicClitics.ARTICLE) && key.length() > 3;
        int arabicLength = key.length() - (hasArticle ? 2 : 0);
        int distance =
            Math.abs(arabicLength - latinLength) + unwrittenVowels(key, hasArticle, bare);
        double score =
            vocabulary.count(i)
                / (1.0 + distance)
                * (article && hasArticle ? ARTICLE_PREFERENCE : 1);
        if (best < 0 || score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
    }
    return best < 0 ? null : vocabulary.written(best);
  }

  /**
   * The long vowels of {@code key} (past the first letter) that the Latin spelling has no vowel
   * for: ا wants an a, و an o, u or w, ي an i, e or y. طويلة is a poor reading of tal.
   */
  private static int unwrittenVowels(String key, boolean hasArticle, String latin) {
    boolean a = latin.indexOf('a') >= 0;
    boolean w = latin.matches(".*[ouw].*");
    boolean y = latin.matches(".*[iey].*");
    int missing = 0;
    for (int i = hasArticle ? 3 : 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if ((c == '\u0627' && !a) || (c == '\u0648' && !w) || (c == '\u064A' && !y)) missing++;
    }
    return missing;
  }

  /** How much a written article favours words that have one. */
  private static final double ARTICLE_PREFERENCE = 10;

  /**
   * The letters a Latin spelling gives its Arabic: a digraph is one, a doubled letter one, a final
   * h after a vowel none.
   */
  private static int spelledLength(String word) {
    int n = 0;
    String last = null;
    for (int i = 0; i < word.length(); ) {
      String unit = unitAt(word, i);
      i += unit.length();
      if (unit.equals(last)) continue;
      if (unit.equals("h") && i == word.length() && last != null && isVowel(last)) continue;
      last = unit;
      n++;
    }
    return n;
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
    m.put("2", new String[] {"", "\u0642"}); // a hamza, or a ق said as one
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
