package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.ALEF;
import static dev.fahras.analysis.ArabicLetters.FEH;
import static dev.fahras.analysis.ArabicLetters.HAMZA;
import static dev.fahras.analysis.ArabicLetters.HEH;
import static dev.fahras.analysis.ArabicLetters.KAF;
import static dev.fahras.analysis.ArabicLetters.LAM;
import static dev.fahras.analysis.ArabicLetters.MEEM;
import static dev.fahras.analysis.ArabicLetters.NOON;
import static dev.fahras.analysis.ArabicLetters.TEH;
import static dev.fahras.analysis.ArabicLetters.WAW;
import static dev.fahras.analysis.ArabicLetters.YEH;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A light (affix-stripping, dictionary-free) stemmer for normalized Arabic: input must already have
 * passed {@link FahrasNormalizer} (one alef, ه for ة, ي for ى, ء for seated hamza).
 *
 * <p>Prefixes, outermost first, at most one of each layer:
 *
 * <ol>
 *   <li>the article with what may stand before it: وبال فبال وكال فكال وال فال بال كال ولل فلل لل
 *       ال. Stripped outright when at least three letters or a number are left (الـ5 → 5); when the
 *       bare ال leaves exactly two the word is ambiguous (الحي: ال + حي; آلاف: a word of its own)
 *       and both readings are kept, as for one-letter proclitics; otherwise it is kept whole (الم,
 *       لله, والدي).
 *   <li>the one-letter conjunctions و ف and prepositions ب ل, alone or stacked (وب, فل, …), without
 *       an article. Words whose root begins with these letters are common (وزير, فرض, بيت, لجنة),
 *       so this stemmer does not choose: {@link #proclitics} tells how many letters may be
 *       proclitics and {@link FahrasLightStemFilter} emits both readings at one position.
 *   <li>The future prefix س is left alone: سيطرة, سيارة, سياسة are far more frequent in news than
 *       the future tense.
 * </ol>
 *
 * <p>Suffixes, outermost first, at most one of each layer, each with the shortest stem it may
 * leave:
 *
 * <ol>
 *   <li>attached pronouns: هما كما (3), هم هن ها نا (3), كم (4); not the rare كن, which would cut
 *       ليتمكن; without a pronoun, a final ا: the verb plural وا (شاركوا → شارك) or the accusative
 *       tanween (عنصراً → عنصر, مرتزقاً → مرتزق) (3);
 *   <li>the broken plural فعلاء becomes its singular فعيل (شهداء → شهيد, وزراء → وزير, رؤساء →
 *       رءيس), for five-letter words not starting with ا;
 *   <li>the feminine ending ة or the pronoun ه, both written ه after normalization (3), and after ه
 *       a ت that is ة before the pronoun (زوجته → زوج as زوجة, زوجتها);
 *   <li>the relative (nisba) or construct ي (3): العربي → عرب, الدولية → دول, مسؤولي → مسءول (سوري
 *       is protected: سور is a wall);
 *   <li>plural and dual endings: ات (3); ون ين ان (4), and the ت that ة is written as before a dual
 *       ending (مدرستين → مدرس as مدرسة; لغتين → لغه as لغة) — unless a nisba ي was removed, after
 *       which only ات is (استخباراتية → استخبار, but كوباني stays كوبان, not كوب); after a plural
 *       ending, the nisba ي it leaves is removed as the singular's is (انتحاريون → انتحار, like
 *       انتحاري).
 * </ol>
 *
 * <p>Words in the protected set (names, months, countries that end or begin like affixes: الله,
 * كانون, تشرين, فلسطين, لبنان, …) are never cut; one-letter proclitics in front of one are removed
 * (والعراق → العراق, بسوريا → سوريا), unless the protected word is shorter than four letters (باب
 * is a door, not ب + آب).
 *
 * <p>Compared with Lucene's {@code ArabicStemmer} (Larkey et al., "Light Stemming for Arabic
 * Information Retrieval", 2007, light8/light10), this stemmer removes stacked prefixes (وبالتزامن →
 * تزامن, Lucene: بالتزامن), the attached pronouns Lucene keeps (اعترافاتهم → اعتراف, هروبهم →
 * هروب), and does not over-stem short or protected words (الله, والدي, كانون, سورية) nor the stems
 * that look like a proclitic with the article (والدها → والد, بالغة → بالغ). Instances are
 * immutable and thread-safe.
 */
public final class FahrasLightStemmer {

  /**
   * Default protected words, in normalized spelling: words an affix rule would damage and that
   * matter in news (the name of God, months, countries, common names).
   */
  public static final List<String> DEFAULT_PROTECTED =
      List.of(
          "الله",
          "لله",
          // number words that begin like the article
          "الف",
          "الفا",
          "الفان",
          "الفين",
          "الاف",
          // months, Syriac/Levantine, Western, Maghrebi
          "كانون",
          "تشرين",
          "شباط",
          "اذار",
          "نيسان",
          "ايار",
          "حزيران",
          "تموز",
          "اب",
          "ايلول",
          "يناير",
          "فبراير",
          "مارس",
          "ابريل",
          "مايو",
          "يونيو",
          "يوليو",
          "اغسطس",
          "سبتمبر",
          "اكتوبر",
          "نوفمبر",
          "ديسمبر",
          "جانفي",
          "فيفري",
          "افريل",
          "ماي",
          "جوان",
          "جويليه",
          "اوت",
          // countries and places
          "سوريا",
          "سوريه",
          "سوري",
          "لبنان",
          "ايران",
          "عمان",
          "فلسطين",
          "السودان",
          "اليونان",
          "اليابان",
          "الصين",
          "البحرين",
          "باكستان",
          "افغانستان",
          "كردستان",
          "طهران",
          "واشنطن",
          "بيروت",
          "فرنسا",
          "بريطانيا",
          "المانيا",
          "روسيا",
          "تركيا",
          "امريكا",
          "اوروبا",
          "العراق",
          "الاردن",
          "الكويت",
          "ليبيا",
          "فرات",
          // names
          "عثمان",
          "سليمان",
          "رمضان",
          "حسين",
          "عدنان",
          "شعبان",
          "عمران",
          "مروان",
          "سفيان",
          "رضوان",
          "حمدان",
          "غسان",
          "ايمان",
          "ياسين",
          "عبدالله",
          "كوباني");

  private final WordSet protectedWords;

  /** A shared stemmer protecting {@link #DEFAULT_PROTECTED}. */
  static final FahrasLightStemmer DEFAULT = new FahrasLightStemmer();

  /** A stemmer protecting {@link #DEFAULT_PROTECTED}. */
  public FahrasLightStemmer() {
    this(new CharArraySet(DEFAULT_PROTECTED, false));
  }

  /** A stemmer protecting the given normalized words. */
  public FahrasLightStemmer(CharArraySet protectedWords) {
    this.protectedWords = new WordSet(protectedWords);
  }

  private boolean isProtectedWord(char[] s, int start, int len) {
    return protectedWords.contains(s, start, len);
  }

  /**
   * Stems {@code s[0..len)} in place, stripping the article family of prefixes and the suffixes;
   * one-letter proclitics stay (see {@link #proclitics}).
   *
   * @return the new length
   */
  public int stem(char[] s, int len) {
    int protectedAt = protectedAt(s, len);
    if (protectedAt >= 0) {
      // a protected word keeps its form, without the proclitics before it (والعراق → العراق,
      // بسوريا → سوريا); not a short one, which is likelier part of another word (باب is no ب + اب)
      if (protectedAt == 0 || len - protectedAt < 4) return len;
      System.arraycopy(s, protectedAt, s, 0, len - protectedAt);
      return len - protectedAt;
    }
    int stemLength = rootLikeArticleStem(s, len);
    if (stemLength > 0) return stemLength;
    int elided = elidedArticleAt(s, len);
    if (elided >= 0) {
      // ل + ال is written لل: للكويت is ل + الكويت, a protected name with its article
      s[elided] = ALEF;
      System.arraycopy(s, elided, s, 0, len - elided);
      return len - elided;
    }
    int start = articleLength(s, len);
    if (start > 0) {
      System.arraycopy(s, start, s, 0, len - start);
      len -= start;
    } else if (len >= 2 && s[0] == ALEF && s[1] == LAM) {
      return len; // a short word whose article stayed (الحي, الم): its ending is not a suffix
    }
    // protectedAt has looked the word up already unless its article was stripped
    return stemSuffix(s, len, start > 0);
  }

  /**
   * Returns how many leading letters of {@code s[0..len)} are possibly, but not surely, a prefix
   * that {@link #stem} keeps: one-letter proclitics (و ف then ب ل; not the rare ك of كتاب/ككتاب)
   * leaving at least three letters, or the bare article ال leaving exactly two (الحي: ال + حي, or
   * آلاف?); 0 when there is none.
   */
  public int proclitics(char[] s, int len) {
    if (articleLength(s, len) > 0) return rootLikeArticleStem(s, len) > 0 ? ARTICLE_LIKE : 0;
    int k;
    if (len == 4 && s[0] == ALEF && s[1] == LAM) {
      k = 2;
    } else {
      k = ArabicPrefixes.procliticLetters(s, len, false);
      // ك "as" (كسفيرة، كمدرب): the first letter of many words too (كتاب، كامل), so only where
      // the rest is a longer word of its own
      if (len - k >= 5 && s[k] == KAF && s[k + 1] != ALEF && isKafReading(s, k, len)) k++;
      while (k > 0 && len - k < 3) k--;
      // a conjunction before a known two-letter noun (وتل, وحي); not any three-letter word
      // starting with و or ف, which would join وصل and فصل through صل
      if (k == 0 && len == 3 && (s[0] == WAW || s[0] == FEH) && isTwoLetterNoun(s[1], s[2])) k = 1;
    }
    return k > 0 && isProtectedWord(s, 0, len) ? 0 : k; // looked up only when it matters
  }

  /**
   * Stems whose first letters are radicals that look like a proclitic and the article: والد (a
   * parent: والدها is not و + ال + دها, and والدين is parents as well as و + الدين) and بالغ.
   */
  private static final char[][] ROOTS_LIKE_ARTICLE = {
    "\u0648\u0627\u0644\u062F".toCharArray(), "\u0628\u0627\u0644\u063A".toCharArray()
  };

  /**
   * Whether the ك at {@code kaf} reads as the proclitic "as": the rest stems to four letters or
   * more (كسفيرة → سفير, كمدرب → مدرب; not كتابة → تاب, كثيرة → ثير, words of their own), and to
   * fewer than the word with its ك (not كتابكم → تابكم, where كتاب + كم is the word).
   */
  private boolean isKafReading(char[] s, int kaf, int len) {
    char[] rest = Arrays.copyOfRange(s, kaf + 1, len);
    int restStem = stem(rest, rest.length);
    if (restStem < 4) return false;
    char[] withKaf = Arrays.copyOfRange(s, kaf, len);
    return restStem < stem(withKaf, withKaf.length);
  }

  /** How many letters of a word starting with one of them may be a proclitic with the article. */
  private static final int ARTICLE_LIKE = 3;

  /**
   * When {@code s} is one of {@link #ROOTS_LIKE_ARTICLE} with at most its suffixes (والدتها, بالغة;
   * not بالغرب, which is ب + الغرب), stems it in place as a word without a prefix and returns the
   * stem's length; the reading with the article stripped is left to {@link #proclitics}. Otherwise
   * 0, and {@code s} is unchanged.
   */
  private int rootLikeArticleStem(char[] s, int len) {
    if (len < 4 || s[1] != ALEF || s[2] != LAM) return 0; // most words stop here
    for (char[] root : ROOTS_LIKE_ARTICLE) {
      if (s[0] != root[0] || s[3] != root[3]) continue;
      char[] word = Arrays.copyOf(s, len);
      int stem = stemSuffix(word, len, false);
      // ة before the pronoun ه is written ت, which the suffix step leaves (والدته)
      if (stem == root.length + 1 && word[root.length] == TEH) stem--;
      return stem == root.length ? stem : 0; // s already starts with the stem
    }
    return 0;
  }

  /** Two-letter nouns that take a conjunction: تل حي يد دم اب ام اخ فم. */
  private static final String[] TWO_LETTER_NOUNS = {
    "\u062A\u0644", "\u062D\u064A", "\u064A\u062F", "\u062F\u0645",
    "\u0627\u0628", "\u0627\u0645", "\u0627\u062E", "\u0641\u0645"
  };

  private static boolean isTwoLetterNoun(char a, char b) {
    for (String w : TWO_LETTER_NOUNS) {
      if (w.charAt(0) == a && w.charAt(1) == b) return true;
    }
    return false;
  }

  /** Where a protected word starts in {@code s}, after at most its proclitics, or -1. */
  private int protectedAt(char[] s, int len) {
    int k = ArabicPrefixes.procliticLetters(s, len, false);
    for (int i = 0; i <= k; i++) {
      if (isProtectedWord(s, i, len - i)) return i;
    }
    return -1;
  }

  /**
   * Where لل stands for ل + ال before a protected name (للكويت, وللعراق), so that the name with its
   * article starts there once its first ل is read as ا; -1 otherwise.
   */
  private int elidedArticleAt(char[] s, int len) {
    int at = len > 0 && (s[0] == WAW || s[0] == FEH) ? 1 : 0;
    if (len - at < 5 || s[at] != LAM || s[at + 1] != LAM) return -1;
    s[at] = ALEF;
    boolean name = isProtectedWord(s, at, len - at);
    s[at] = LAM;
    return name ? at : -1;
  }

  /** The length of the article prefix to strip outright: it leaves three letters, or a number. */
  private static int articleLength(char[] s, int len) {
    int p = ArabicPrefixes.articlePrefix(s, len);
    int rest = len - p;
    return p > 0 && rest > 0 && (rest >= 3 || Character.isDigit(s[p])) ? p : 0;
  }

  private int stemSuffix(char[] s, int len, boolean lookUp) {
    if (lookUp && isProtectedWord(s, 0, len)) return len;
    int whole = len;
    boolean accusativeAn =
        len >= 6 && s[len - 1] == ALEF && s[len - 2] == NOON && s[len - 3] == ALEF;
    if (accusativeAn) {
      // ان with the accusative tanween, not a noun with the pronoun نا: أحياناً, سلطاناً, عدواناً
      // meet الأحيان, السلطان; the price: a longer word with نا after ا (حاشانا, أضلانا)
      len--;
    }
    int withPronoun = len;
    if (!accusativeAn) len -= pronounLength(s, len);
    if (len == withPronoun && len - 1 >= 3 && s[len - 1] == ALEF) {
      // no pronoun: a final ا is the plural verb ending وا (شاركوا) or accusative tanween
      // (عنصراً, مرتزقاً, هجوماً)
      len -= len - 2 >= 3 && s[len - 2] == WAW ? 2 : 1;
      if (isProtectedWord(s, 0, len)) return len;
    }
    if (len == 5 && s[4] == HAMZA && s[3] == ALEF && s[0] != ALEF) {
      // the broken plural فعلاء is its singular فعيل: شهداء → شهيد, وزراء → وزير, رؤساء → رءيس
      s[3] = s[2];
      s[2] = YEH;
      return 4;
    }
    if (len < withPronoun && endsInFeminineTeh(s, len)) {
      // before a pronoun ة is written ت: مدرستهم is مدرسة + هم. Not after ا (ات, the plural's
      // ending) nor و (بيوتهم: the plural بيوت; the price: دعوتهم, خطوتهم keep their ت)
      len--;
    } else if (len - 1 >= 3 && s[len - 1] == HEH) {
      len--;
      // ه the pronoun after ة written ت (زوجته, حكومته, as زوجتها): the noun's stem. The price:
      // a feminine of a root ending in ت is cut too (ثابتة → ثاب, apart from ثابت); counted on
      // ARCD and the reports, the possessed nouns (and verbs with ت and ه: جعلته) are 98% of them
      if (len == withPronoun - 1 && endsInFeminineTeh(s, len)) len--;
    }
    boolean nisba = false;
    if (len - 1 >= 3 && s[len - 1] == YEH) {
      len--;
      nisba = true;
    }
    boolean femininePlural = len >= 4 && s[len - 1] == TEH && s[len - 2] == ALEF;
    if (femininePlural && len - 2 >= 3) return pluralOfNisba(s, len - 2, nisba);
    if (!nisba && len == 4 && femininePlural) {
      // the plural of a short feminine noun meets its singular: لغات → لغه as لغة, جهات → جهه
      s[2] = HEH;
      return 3;
    }
    if (!nisba
        && len == 5
        && s[2] == TEH
        && s[3] == YEH
        && s[4] == NOON
        && s[1] != YEH
        && s[1] != WAW) {
      // the dual of a short feminine noun meets its singular: لغتين → لغه as لغة, مرتين → مره;
      // not بيتين, صوتين (بيت, صوت: the ت is the noun's own)
      s[2] = HEH;
      return 3;
    }
    if (len == whole // ين the word's own ending, not left by a ة (لمدينة) or a pronoun
        && len == 5
        && s[3] == YEH
        && s[4] == NOON
        && s[0] != TEH
        && !ArabicNumberWords.NUMBER_FORMS.contains(s, 0, len)) {
      // the dual (or plural) ين of a three-letter noun: شهرين, يومين, الحربين → شهر, يوم, حرب;
      // not after ت, where five letters ending in ين are the verbal noun تفعيل (تعيين, تأمين),
      // nor in the tens, which would meet their units (سبعين, سبعة)
      return 3;
    }
    if (!nisba && !accusativeAn) { // a dual's ان takes no tanween: سلطاناً is no dual
      int singular = len - pluralLength(s, len);
      // a dual's ان or ين, not the masculine plural's ون, may follow a feminine ت
      if (singular < len && s[len - 2] != WAW && endsInFeminineTeh(s, singular))
        return pluralOfNisba(s, singular - 1, false);
      if (singular < len) return pluralOfNisba(s, singular, false);
    }
    return len;
  }

  /**
   * Whether {@code s} before a suffix (a pronoun, or a dual ending ان or ين) ends in the ت that ة
   * is written as there (مدرستهم, مدرستين → مدرسة), at least three letters left; not after ا or و
   * (the plural ات, بيوت). A masculine participle ending in ت with the plural ين (منصتين) is read
   * as a dual too: the rarer case.
   */
  private static boolean endsInFeminineTeh(char[] s, int len) {
    return len - 1 >= 3 && s[len - 1] == TEH && s[len - 2] != ALEF && s[len - 2] != WAW;
  }

  /**
   * After a plural ending: a nisba adjective's plural (انتحاريون, انتحاريين, انتحاريات) keeps the ي
   * of its singular, which the singular (انتحاري → انتحار) loses; drop it the same way, so both
   * meet. Not after a nisba ي was already removed, and not where the rest is protected (سوريون →
   * سوري, not سور).
   */
  private int pluralOfNisba(char[] s, int len, boolean nisbaRemoved) {
    if (nisbaRemoved || len - 1 < 3 || s[len - 1] != YEH || isProtectedWord(s, 0, len)) return len;
    return len - 1;
  }

  /**
   * The length of the attached pronoun ending {@code s}: هما كما هم هن ها نا leaving three letters,
   * كم leaving four; 0 for none. Decided by the last letters, as this runs for every word.
   */
  private static int pronounLength(char[] s, int len) {
    if (len < 5) return 0;
    char last = s[len - 1];
    char before = s[len - 2];
    if (last == ALEF) {
      if (len >= 6 && before == MEEM && (s[len - 3] == HEH || s[len - 3] == KAF)) return 3;
      return before == HEH || before == NOON ? 2 : 0;
    }
    if (last == MEEM) return before == HEH || (before == KAF && len >= 6) ? 2 : 0;
    return last == NOON && before == HEH ? 2 : 0;
  }

  /** The length of the plural or dual ending ون ين ان that leaves four letters, or 0. */
  private static int pluralLength(char[] s, int len) {
    if (len < 6 || s[len - 1] != NOON) return 0;
    char before = s[len - 2];
    return before == WAW || before == YEH || before == ALEF ? 2 : 0;
  }
}
