package dev.fahras.analysis;

import static dev.fahras.analysis.ArabicLetters.ALEF;
import static dev.fahras.analysis.ArabicLetters.BEH;
import static dev.fahras.analysis.ArabicLetters.HAMZA;
import static dev.fahras.analysis.ArabicLetters.HEH;
import static dev.fahras.analysis.ArabicLetters.KHAH;
import static dev.fahras.analysis.ArabicLetters.LAM;
import static dev.fahras.analysis.ArabicLetters.MEEM;
import static dev.fahras.analysis.ArabicLetters.NOON;
import static dev.fahras.analysis.ArabicLetters.SEEN;
import static dev.fahras.analysis.ArabicLetters.TEH;
import static dev.fahras.analysis.ArabicLetters.WAW;
import static dev.fahras.analysis.ArabicLetters.YEH;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Query-time relatives of a stem: forms of the same root and pattern family that the light stemmer
 * cannot join, searched beside the words typed, at a lower weight. Only at query time, so the index
 * is not touched, and only for the patterns below, which are productive in news text:
 *
 * <ul>
 *   <li>the active participle فاعل (four letters, ا second) and its broken plural فُعّال: حارس →
 *       حراس, ساكن → سكان, طالب → طلاب; not the other way (كتاب "book" is no plural);
 *   <li>فُعول — a verbal noun or a broken plural — and the three radicals فعل the stemmer leaves of
 *       the verb, the singular and the sound plurals, both ways: هجوم ↔ هجم (هجمات), هروب ↔ هرب,
 *       سجون ↔ سجن, جيوب ↔ جيب, جنود ↔ جند;
 *   <li>the verbs of forms X, VIII and VII and their verbal nouns, both ways: استسلم ↔ استسلام,
 *       استهدف ↔ استهداف, اعتقل ↔ اعتقال, اشتبك ↔ اشتباك, انسحب ↔ انسحاب, انفجر ↔ انفجار;
 *   <li>the broken plurals مفاعل of مفعل and فعائل of فعيلة, both ways: منزل ↔ منازل, مركز ↔ مراكز,
 *       محور ↔ محاور, وثيقة ↔ وثائق, رهينة ↔ رهائن, ذخيرة ↔ ذخائر;
 *   <li>the verbal nouns of forms II and IV and their verbs: تجنيد ↔ جند, تحرير ↔ حرر, إطلاق ↔
 *       أطلق, إعدام ↔ أعدم; and form V with form II's verbal noun: توسع ↔ توسيع, تطور ↔ تطوير;
 *   <li>a verb's present and past stems: يهدد ↔ هدد, يقاتل ↔ قاتل, يحتجز ↔ احتجز, and the present's
 *       other person: يفصل ↔ تفصل;
 *   <li>a verb and its participles: مفعول both ways (عرف ↔ معروف), the participle of forms II and
 *       IV from a present verb and back (يلقب → ملقب → لقب); and a form V verb whose last radical
 *       is weak with its verbal noun, both ways (توفي → توف ↔ وفا ← وفاة);
 *   <li>a verb whose last radical is hamza, with and without the feminine ت, and a noun in اة with
 *       and without a pronoun: بدأت → بده ↔ بدا ← بدأ, حياته → حيه ↔ حيا ← حياة;
 *   <li>a feminine ت, of a noun's dual or a verb's past, on the word and on its relatives: الدراجات
 *       ↔ دراجتين, اقتحام → اقتحم → اقتحمت;
 *   <li>أب and أخ with the long vowel of their case: أخ ↔ أخو، أخا، أخي (أخيها);
 *   <li>a name the stemmer protects with its article and its nisba adjective: العراق → عراق
 *       (العراقي، العراقية).
 * </ul>
 *
 * <p>A generated form that is not a word finds nothing and costs one term lookup; the known false
 * friends (كاتب → كتاب, شعور → شعر, نفق → نفوق) only add a low-weight match.
 */
public final class RelatedForms {
  private RelatedForms() {}

  /**
   * The weight a related form counts at beside the words typed (weight 1), each scored by BM25 with
   * its own statistics: the library's ranking and {@link FahrasRelatedFormsFilter}'s boost.
   * Calibrated on the reports, the dev set and ARCD: 0.2/0.25/0.3/0.35/0.4/0.5 → ARCD MAP@10
   * 0.859/0.861/0.861/ 0.861/0.860/0.855 (a constant score instead: 0.859); the dev set's MRR falls
   * from 0.35 up.
   */
  public static final float WEIGHT = 0.3f;

  /** The relatives of {@code stem} (a stemmed, normalized term); empty for most words. */
  public static List<String> of(CharSequence stem) {
    int n = stem.length();
    char[] s = new char[n];
    for (int i = 0; i < n; i++) s[i] = stem.charAt(i);
    if (!isArabicLetter(s, n)) return List.of();
    if (PROTECTED.contains(s, 0, n)) return nameRelatives(s, n);
    LinkedHashSet<String> out = new LinkedHashSet<>(byPattern(s, n));
    List<String> tenses = verbTense(s, n);
    out.addAll(tenses);
    // the feminine ت — of a dual, or of a verb's past (اقتحام → اقتحم → اقتحمت) — on the word, on
    // its pattern relatives and on its past stems; a present stem (ي…) takes none
    for (String form : List.copyOf(out)) {
      if (form.charAt(0) == YEH) continue;
      String f = feminineDual(form.toCharArray(), form.length());
      if (f != null) out.add(f);
    }
    String dual = s[0] == YEH ? null : feminineDual(s, n);
    if (dual != null) out.add(dual);
    // and the patterns of a past stem: يحتجز → احتجز → احتجاز, يهدد → هدد → تهديد
    for (String verb : tenses) {
      if (verb.charAt(0) != YEH && (verb.charAt(0) != ALEF || verb.length() >= 5))
        out.addAll(byPattern(verb.toCharArray(), verb.length()));
      // and a present verb's participle of form II or IV: يلقب → ملقب (not from any three-letter
      // stem: مفعل is also a noun of place, درس → مدرس, ذكر → مذكر; ARCD lost a rank there)
      if (s[0] == YEH
          && verb.length() == 3
          && isTriliteral(verb.charAt(0), verb.charAt(1), verb.charAt(2))) out.add(MEEM + verb);
    }
    out.addAll(caseVowelForms(s, n));
    out.addAll(nameRelatives(s, n)); // a name the caller protects besides the default ones
    for (String name :
        List.of(new String(s, 0, n) + "\u064A\u0627", new String(s, 0, n) + "\u0627")) {
      if (n >= 3 && NAMES_IN_ALEF.contains(name)) out.add(name);
    }
    out.remove(new String(s));
    return List.copyOf(out);
  }

  /**
   * أب and أخ write their case as a long vowel before a pronoun or a genitive (أبوه، أخاه، أخيها;
   * أبو بكر), which the stemmer keeps: the bare noun looks for the three, each of them for the bare
   * noun.
   */
  private static List<String> caseVowelForms(char[] s, int n) {
    if (n < 2 || n > 3 || s[0] != ALEF || (s[1] != BEH && s[1] != KHAH)) return List.of();
    String noun = new String(s, 0, 2);
    if (n == 2) return List.of(noun + WAW, noun + ALEF, noun + YEH);
    return s[2] == WAW || s[2] == ALEF || s[2] == YEH ? List.of(noun) : List.of();
  }

  /** The default protected words, normalized: names, months, countries. */
  private static final CharArraySet PROTECTED = ArabicWordSets.defaultProtectedWords();

  /**
   * A protected word is a name: no pattern of a verb or a noun applies to it (العراق is no افتعال
   * of العرق, تشرين no تفعيل of شرن); only its article and its nisba do.
   */
  private static List<String> nameRelatives(char[] s, int n) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    // a protected name keeps its article in the index (العراق); its nisba adjective does not
    // (العراقي → عراق): the name also looks for the bare stem
    if (n >= 5 && s[0] == ALEF && s[1] == LAM) out.add(new String(s, 2, n - 2));
    // a country whose name ends in ا keeps it (ليبيا, protected); its nisba loses it with the ي
    // before it (الليبية → ليب): each looks for the other
    String nisba = nisbaOfName(s, n);
    if (nisba != null) out.add(nisba);
    return List.copyOf(out);
  }

  /**
   * A verb's present and past stems, which the light stemmer does not join (it leaves the present
   * prefix ي/ت on): يهدد ↔ هدد, يقاتل ↔ قاتل, يتحدث ↔ تحدث, and for the verbs written with an
   * initial ا in the past (forms IV, VII, VIII, X) the ا comes back: يحتجز ↔ احتجز, يطلق ↔ اطلق.
   */
  private static List<String> verbTense(char[] s, int n) {
    List<String> out = new ArrayList<>(2);
    if ((s[0] == YEH || s[0] == TEH) && n >= 4 && (isRadical(s[1]) || s[1] == TEH)) {
      String rest = new String(s, 1, n - 1);
      out.add(rest);
      out.add(ALEF + rest);
      // the present's other person: يفصل ↔ تفصل (she, you), يدين ↔ تدين
      out.add((s[0] == YEH ? TEH : YEH) + rest);
      if (s[0] == TEH && n <= 5)
        out.add(YEH + new String(s, 0, n)); // تحدث is also a past (form V): يتحدث
    } else if (n == 3 && s[0] != YEH || n == 4 && s[1] == ALEF) {
      out.add(YEH + new String(s, 0, n)); // هدد → يهدد, قاتل → يقاتل
    } else if (s[0] == ALEF && n >= 4 && n <= 6) {
      out.add(YEH + new String(s, 1, n - 1)); // اطلق → يطلق, احتجز → يحتجز, استهدف → يستهدف
    }
    return out;
  }

  /**
   * The feminine dual keeps the ة of its singular as ت (دراجة → دراجتين, سيارة → سيارتين), so after
   * the dual ending the stemmer leaves دراجت where the singular and the plural leave دراج: each
   * looks for the other (a stem of three letters or more; ت added, or taken off a stem of four).
   */
  /**
   * The default protected names ending in ا (ليبيا, فرنسا, تركيا); not سوريا, whose nisba is kept.
   */
  private static final Set<String> NAMES_IN_ALEF = namesInAlef();

  private static Set<String> namesInAlef() {
    Set<String> out = new HashSet<>();
    for (String w : FahrasLightStemmer.DEFAULT_PROTECTED) {
      if (w.length() >= 4 && w.charAt(w.length() - 1) == ALEF && nisbaOf(w) != null) out.add(w);
    }
    return Set.copyOf(out);
  }

  /** The stem a protected name ending in ا leaves in its nisba adjective, or null. */
  private static String nisbaOfName(char[] s, int n) {
    String w = new String(s, 0, n);
    return NAMES_IN_ALEF.contains(w) ? nisbaOf(w) : null;
  }

  private static String nisbaOf(String name) {
    int end = name.length() - 1;
    if (name.charAt(end - 1) == YEH) end--;
    String stem = name.substring(0, end);
    // a protected nisba (سوري) is indexed whole: nothing to look for
    return end >= 3 && !FahrasLightStemmer.DEFAULT_PROTECTED.contains(stem + YEH) ? stem : null;
  }

  private static String feminineDual(char[] s, int n) {
    if (n < 3 || !isArabicLetter(s, n)) return null;
    if (s[n - 1] == TEH) return n >= 4 ? new String(s, 0, n - 1) : null;
    return new String(s, 0, n) + TEH;
  }

  private static boolean isArabicLetter(char[] s, int n) {
    for (int i = 0; i < n; i++) if (s[i] < '\u0621' || s[i] > '\u064A') return false;
    return true;
  }

  private static List<String> byPattern(char[] s, int n) {
    List<String> out = new ArrayList<>(2);
    switch (n) {
      case 3 -> {
        // فعل → فعول
        if (isRadical(s[0]) && (isRadical(s[1]) || s[1] == YEH) && isRadical(s[2]))
          out.add(str(s[0], s[1], WAW, s[2]));
        // فعّل → تفعيل (form II's verbal noun)
        if (isTriliteral(s[0], s[1], s[2])) out.add(str(TEH, s[0], s[1], YEH, s[2]));
        // a three-letter noun's nominative dual, which the stemmer keeps whole (حربان: ان also ends
        // nouns such as إنسان, بستان): حرب → حربان
        if (isRadical(s[0]) && isRadical(s[2])) out.add(str(s[0], s[1], s[2], ALEF, NOON));
        // its passive participle مفعول: عرف → معروف, حكم → محكوم
        if (isTriliteral(s[0], s[1], s[2])) out.add(str(MEEM, s[0], s[1], WAW, s[2]));
        // a verb whose last radical is hamza, with the feminine ت: normalized بدأت is بدات, which
        // the stemmer reads as a short noun's plural (لغات → لغه) and leaves بده, where بدأ
        // leaves بدا; so is a noun in اة before a pronoun: حياته → حيه, حياة → حيا (وفاته, قناته)
        if (twoRadicals(s[0], s[1]) && s[2] == HEH) out.add(str(s[0], s[1], ALEF));
        if (twoRadicals(s[0], s[1]) && s[2] == ALEF) out.add(str(s[0], s[1], HEH));
        // a verb of form V whose last radical is weak, and its verbal noun: توفّى → وفاة
        if (s[0] == TEH && isRadicalOrWeak(s[1]) && isRadical(s[2])) out.add(str(s[1], s[2], ALEF));
        if (s[2] == ALEF && isRadicalOrWeak(s[0]) && isRadical(s[1])) out.add(str(TEH, s[0], s[1]));
      }
      case 4 -> {
        // فاعل → فعّال
        if (s[1] == ALEF && s[0] != ALEF && s[2] != ALEF && s[3] != ALEF)
          out.add(str(s[0], s[2], ALEF, s[3]));
        // فعول → فعل
        if (s[2] == WAW && isRadical(s[0]) && (isRadical(s[1]) || s[1] == YEH) && isRadical(s[3]))
          out.add(str(s[0], s[1], s[3]));
        // مفعل → مفاعل
        if (s[0] == MEEM && isRadical(s[1]) && isRadicalOrWeak(s[2]) && isRadical(s[3]))
          out.add(str(MEEM, s[1], ALEF, s[2], s[3]));
        // أفعل → إفعال (form IV's verbal noun)
        if (s[0] == ALEF && isTriliteral(s[1], s[2], s[3]))
          out.add(str(ALEF, s[1], s[2], ALEF, s[3]));
        // مفعّل / مفعل → فعل (ملقب → لقب)
        if (s[0] == MEEM && isTriliteral(s[1], s[2], s[3])) out.add(str(s[1], s[2], s[3]));
        // تفعّل (form V, and its verbal noun تفعُّل) → تفعيل (form II's verbal noun): توسع →
        // توسيع, تطور → تطوير
        if (s[0] == TEH && twoRadicals(s[1], s[2]) && isRadical(s[3]))
          out.add(str(TEH, s[1], s[2], YEH, s[3]));
        // فعيل(ة) → فعائل
        if (s[2] == YEH && isRadicalOrWeak(s[0]) && isRadical(s[1]) && isRadical(s[3]))
          out.add(str(s[0], s[1], ALEF, HAMZA, s[3]));
      }
      case 5 -> {
        // افتعل / انفعل → افتعال / انفعال
        if (s[0] == ALEF
            && isRadical(s[1])
            && isRadical(s[2])
            && isRadical(s[3])
            && isRadical(s[4])) {
          out.add(str(s[0], s[1], s[2], s[3], ALEF, s[4]));
        }
        // تفعيل → فعّل, إفعال → أفعل
        if (s[0] == TEH && s[3] == YEH && isTriliteral(s[1], s[2], s[4]))
          out.add(str(s[1], s[2], s[4]));
        if (s[0] == ALEF && s[3] == ALEF && isTriliteral(s[1], s[2], s[4]))
          out.add(str(ALEF, s[1], s[2], s[4]));
        // تفعيل → تفعّل: توسيع → توسع, تطوير → تطور
        if (s[0] == TEH && s[3] == YEH && twoRadicals(s[1], s[2]) && isRadical(s[4]))
          out.add(str(TEH, s[1], s[2], s[4]));
        // مفعول → فعل (معروف → عرف)
        if (s[0] == MEEM && s[3] == WAW && isTriliteral(s[1], s[2], s[4]))
          out.add(str(s[1], s[2], s[4]));
        // مفاعل → مفعل
        if (s[0] == MEEM
            && s[2] == ALEF
            && isRadical(s[1])
            && isRadicalOrWeak(s[3])
            && isRadical(s[4])) out.add(str(MEEM, s[1], s[3], s[4]));
        // فعائل → فعيل
        if (s[2] == ALEF
            && s[3] == HAMZA
            && isRadicalOrWeak(s[0])
            && isRadical(s[1])
            && isRadical(s[4])) out.add(str(s[0], s[1], YEH, s[4]));
      }
      case 6 -> {
        // استفعل → استفعال
        if (isIstaf(s) && isTriliteral(s[3], s[4], s[5]))
          out.add(str(s[0], s[1], s[2], s[3], s[4], ALEF, s[5]));
        // افتعال / انفعال → افتعل / انفعل
        if (s[0] == ALEF
            && s[4] == ALEF
            && isRadical(s[1])
            && isRadical(s[2])
            && isRadical(s[3])
            && isRadical(s[5])) {
          out.add(str(s[0], s[1], s[2], s[3], s[5]));
        }
      }
      case 7 -> {
        // استفعال → استفعل
        if (isIstaf(s) && s[5] == ALEF && isTriliteral(s[3], s[4], s[6]))
          out.add(str(s[0], s[1], s[2], s[3], s[4], s[6]));
      }
      default -> {}
    }
    return out;
  }

  /** Two letters that may be a root's first two: radicals, or one of them weak (حيا, وفا). */
  private static boolean twoRadicals(char a, char b) {
    return isRadical(a) && isRadicalOrWeak(b) || isRadicalOrWeak(a) && isRadical(b);
  }

  private static boolean isTriliteral(char a, char b, char c) {
    return isRadical(a) && isRadical(b) && isRadical(c);
  }

  /** A radical, or a weak و/ي: in the middle of a hollow root (محور → محاور), first in وثيقة. */
  private static boolean isRadicalOrWeak(char c) {
    return isRadical(c) || c == WAW || c == YEH;
  }

  private static boolean isIstaf(char[] s) {
    return s[0] == ALEF && s[1] == SEEN && s[2] == TEH;
  }

  /** A consonant that can stand as a radical here: an Arabic letter, not ا و ي ى ء. */
  static boolean isRadical(char c) {
    return c >= '\u0628' && c <= '\u064A' && c != WAW && c != YEH && c != '\u0649' && c != '\u0640';
  }

  private static String str(char... c) {
    return new String(c);
  }
}
