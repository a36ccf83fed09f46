package dev.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestFahrasLightStemFilter extends BaseTokenStreamTestCase {
  private Analyzer a;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(
                t, new FahrasLightStemFilter(new FahrasNormalizationFilter(t)));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    a.close();
    super.tearDown();
  }

  private void check(String input, String... expected) throws IOException {
    int[] posInc = new int[expected.length];
    posInc[0] = 1;
    assertAnalyzesTo(a, input, expected, posInc);
  }

  public void testArticle() throws IOException {
    check("الكتاب", "كتاب");
    check("السجن", "سجن");
  }

  public void testStackedPrefixes() throws IOException {
    check("وَالْكِتَابُ", "كتاب"); // و + ال
    check("وبالتزامن", "تزامن"); // و + ب + ال (Lucene: بالتزامن)
    check("وللكتاب", "كتاب"); // و + لل (Lucene: للكتاب)
    check("للمدرسة", "مدرس"); // لل, feminine
    check("فالهجوم", "هجوم");
  }

  public void testArticleBeforeNumber() throws IOException {
    check("الـ5", "5");
  }

  public void testAmbiguousProclitics() throws IOException {
    check("وزير", "وزير", "زير"); // root و, or conjunction + زير: both
    check("بسوريا", "سوريا"); // preposition + protected name: the name alone
    check("لداعش", "لداعش", "داعش");
    check("وبحسب", "وبحسب", "حسب"); // two proclitics
    check("الحي", "الحي", "حي"); // article leaving two letters
    check("آلاف", "الاف"); // a number word: protected
  }

  public void testShortWordsSurvive() throws IOException {
    check("بيت", "بيت"); // ب would leave two letters
    check("وصل", "وصل"); // not و + صل: that would join it with فصل
    check("وتل", "وتل", "تل"); // a conjunction before a known two-letter noun
    check("حي", "حي");
    check("الم", "الم");
    check("سنة", "سنه"); // ه would leave two letters
  }

  public void testPronouns() throws IOException {
    check("اعترافاتهم", "اعتراف"); // plural + their
    check("هروبهم", "هروب");
    check("مهاجميها", "مهاجم"); // construct plural + her
    check("مقاتلينا", "مقاتل");
    check("كتابكم", "كتاب");
    check("محاكم", "محاكم"); // كم would leave three letters: not a pronoun
  }

  public void testFeminineAndNisba() throws IOException {
    check("كبيرة", "كبير"); // feminine
    check("الإرهابية", "ارهاب");
    check("الإرهابيّ", "ارهاب"); // nisba, masculine and feminine meet
    check("الدولية", "دول"); // nisba: international meets states
    check("الدولي", "دول");
    check("العربية", "عرب");
    check("السوري", "سوري"); // protected: سور is a wall
    check("السوريين", "سوري");
    check("سوريون", "سوري"); // the plural's nisba ي stays where the rest is protected
    check("انتحاري", "انتحار"); // a nisba adjective and its plurals meet
    check("الانتحاريون", "انتحار");
    check("الانتحاريين", "انتحار");
    check("انتحاريات", "انتحار");
    check("العمليات", "عمل"); // like عملية
    check("الاستخباراتية", "استخبار");
    check("مسؤولي", "مسءول"); // construct plural
    check("مسئول", "مسءول");
  }

  public void testTanweenAndVerbPlural() throws IOException {
    check("عنصراً", "عنصر"); // accusative tanween
    check("مرتزقاً", "مرتزق"); // meets المرتزقة
    check("المرتزقة", "مرتزق");
    check("شاركوا", "شارك"); // verb plural وا
    check("حاصروا", "حاصر");
    check("جدا", "جدا"); // two letters would be left
    check("سوريا", "سوريا"); // protected
  }

  public void testBrokenPluralFualaa() throws IOException {
    check("شهداء", "شهيد"); // فعلاء → فعيل
    check("الشهيد", "شهيد");
    check("وزراء", "وزير", "زراء"); // و could be a conjunction: both readings
    check("رؤساء", "رءيس"); // meets رئيس
    check("رئيس", "رءيس");
    check("أعداء", "اعداء"); // أفعال, not فعلاء
  }

  public void testPlurals() throws IOException {
    check("تفجيرات", "تفجير");
    check("المهاجمين", "مهاجم");
    check("المعتقلون", "معتقل");
    check("قانون", "قانون"); // ون would leave three letters
    check("إعلان", "اعلان");
    check("كوباني", "كوباني"); // protected
  }

  public void testProtectedAfterProclitics() throws IOException {
    check("والعراق", "العراق"); // the proclitics go, the protected word stays whole
    check("بالعراق", "العراق");
    check("وكانون", "كانون");
    check("باب", "باب"); // a door, not ب + آب (August): short protected words are not split off
  }

  public void testLuceneOverStemsProtected() throws IOException {
    check("الله", "الله"); // Lucene: له
    check("والدي", "والد", "الدي"); // Lucene: دي
    check("كانون", "كانون"); // Lucene: كان
    check("سورية", "سوريه"); // Lucene: سور
    check("تشرين", "تشرين");
    check("فلسطين", "فلسطين");
    check("بالله", "الله");
  }

  public void testKeywordUntouched() throws IOException {
    CharArraySet keep = new CharArraySet(1, false);
    keep.add("الكتاب");
    try (Analyzer k =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(
                t, new FahrasLightStemFilter(new SetKeywordMarkerFilter(t, keep)));
          }
        }) {
      checkOneTerm(k, "الكتاب", "الكتاب");
    }
  }

  /** ة is written ت before a pronoun: the possessed noun meets its bare form. */
  public void testFeminineBeforePronoun() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    assertMeet(
        full,
        new String[][] {
          {"مدرستهم", "مدرسة"},
          {"سيطرتها", "السيطرة"},
          {"حكومتنا", "حكومة"},
          {"زوجته", "الزوجة"}, // the pronoun ه, written as ة is
          {"جمهوريته", "الجمهورية"},
          {"جعلته", "جعل"}
        });
    assertEquals("بيت", firstTerm(full, "بيته")); // a root's ت stays: بي would be too short
    // not the plural's ات, nor the و of a plural such as بيوت
    assertEquals("سيار", firstTerm(full, "سياراتهم"));
    assertEquals("بيوت", firstTerm(full, "بيوتهم"));
    full.close();
  }

  /** A short feminine noun and its ات plural meet: اللغة, اللغات, لغاتهم. */
  public void testShortFeminineAndItsPlural() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    String singular = firstTerm(full, "اللغة");
    assertEquals(singular, firstTerm(full, "اللغات"));
    assertEquals(singular, firstTerm(full, "لغاتهم"));
    assertEquals(firstTerm(full, "جهة"), firstTerm(full, "الجهات"));
    full.close();
  }

  /** A feminine noun's dual (ة written ت before ان, ين) meets its singular, short nouns too. */
  public void testFeminineDualMeetsItsSingular() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    assertMeet(
        full,
        new String[][] {
          {"المدرستين", "مدرسة"},
          {"حكومتان", "الحكومة"},
          {"الدولتين", "دولة"},
          {"لغتين", "اللغة"},
          {"مرتين", "مرة"},
          {"سنتين", "السنة"}
        });
    // a three-letter noun's dual: شهرين, الحربين as شهر, الحرب; not تفعيل (تعيين), nor a ten
    assertEquals("شهر", firstTerm(full, "شهرين"));
    assertEquals("حرب", firstTerm(full, "الحربين"));
    assertEquals("تعيين", firstTerm(full, "تعيين"));
    assertEquals("سبعين", firstTerm(full, "سبعين"));
    // a three-letter noun's own ت stays (بيتين, صوتين → بيت, صوت), as does a plural's ات or ون
    assertEquals("بيت", firstTerm(full, "بيتين"));
    assertEquals("صوت", firstTerm(full, "صوتين"));
    assertEquals("مدين", firstTerm(full, "المدينة"));
    assertEquals("مسلم", firstTerm(full, "مسلمين"));
    assertEquals("بستان", firstTerm(full, "بستان"));
    full.close();
  }

  /**
   * ك "as" gives a second reading when what is left stems to four letters or more (كسفيرة: as an
   * ambassador); not where the rest is a short word of its own (كتابة is no ك + تابة).
   */
  public void testKafReading() throws Exception {
    check("كسفيرة", "كسفير", "سفير");
    check("كمدرب", "كمدرب", "مدرب");
    check("وكسفيرة", "وكسفير", "سفير");
    check("كتابة", "كتاب");
    check("كبيرة", "كبير");
    check("كامل", "كامل");
  }

  /** ان with the accusative tanween is not a pronoun نا: أحياناً meets الأحيان. */
  public void testAccusativeAnIsNoPronoun() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    assertMeet(
        full,
        new String[][] {
          {"أحياناً", "الأحيان"},
          {"سلطاناً", "السلطان"},
          {"عدواناً", "العدوان"},
          {"بهتاناً", "البهتان"},
          // a shorter noun in ن or ه with the tanween written: its ا goes in the normalizer
          {"مكاناً", "المكان"},
          {"سكانًا", "السكان"},
          {"زماناً", "زمان"}
        });
    // a short word keeps the pronoun reading (دعانا: دعا + نا), and other pronouns go on ن
    assertEquals("دعا", firstTerm(full, "دعانا"));
    assertEquals("كتاب", firstTerm(full, "كتابهن"));
    full.close();
  }

  /**
   * والد and بالغ start with what looks like a proclitic and the article: the word keeps its stem,
   * and the article's reading comes second (والدين: parents, or و + الدين).
   */
  public void testRootLikeProcliticAndArticle() throws Exception {
    check("والدها", "والد", "دها");
    check("والدتها", "والد", "دته");
    check("والدين", "والد", "دين");
    check("بالغة", "بالغ", "الغه");
    check("بالغرب", "غرب"); // ب + الغرب: more than a suffix after بالغ
    check("والدولة", "دول");
    Analyzer full = new FahrasArabicAnalyzer();
    assertMeet(full, new String[][] {{"والدة", "والدتها"}, {"الوالد", "والديها"}});
    full.close();
  }

  /** لل is ل + ال: before a protected name, the name keeps its article as everywhere else. */
  public void testElidedArticleBeforeProtectedName() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    String name = firstTerm(full, "الكويت");
    for (String w : new String[] {"للكويت", "وللكويت", "بالكويت"}) {
      assertEquals(w, name, firstTerm(full, w));
    }
    assertEquals("سجن", firstTerm(full, "للسجن")); // not a name
    full.close();
  }

  /** The first term {@code a} makes of {@code word}. */
  private static String firstTerm(Analyzer a, String word) throws IOException {
    return AnalyzedToken.analyze(a, "f", word).get(0).term();
  }

  /** Each pair's two words stem alike (the message names the first). */
  private static void assertMeet(Analyzer a, String[][] pairs) throws IOException {
    for (String[] pair : pairs) {
      assertEquals(pair[0], firstTerm(a, pair[1]), firstTerm(a, pair[0]));
    }
  }

  public void testEmptyTerm() throws IOException {
    assertAnalyzesTo(a, "", new String[0]); // dropped by normalization, no exception
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer std =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(
                t, new FahrasLightStemFilter(new FahrasNormalizationFilter(t)));
          }
        }) {
      checkRandomData(random(), std, 200 * RANDOM_MULTIPLIER);
    }
  }
}
