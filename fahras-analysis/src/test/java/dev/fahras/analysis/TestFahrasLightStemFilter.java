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
    for (String[] pair :
        new String[][] {{"مدرستهم", "مدرسة"}, {"سيطرتها", "السيطرة"}, {"حكومتنا", "حكومة"}}) {
      assertEquals(
          pair[0],
          AnalyzedToken.analyze(full, "f", pair[1]).get(0).term(),
          AnalyzedToken.analyze(full, "f", pair[0]).get(0).term());
    }
    // not the plural's ات, nor the و of a plural such as بيوت
    assertEquals("سيار", AnalyzedToken.analyze(full, "f", "سياراتهم").get(0).term());
    assertEquals("بيوت", AnalyzedToken.analyze(full, "f", "بيوتهم").get(0).term());
    full.close();
  }

  /** A short feminine noun and its ات plural meet: اللغة, اللغات, لغاتهم. */
  public void testShortFeminineAndItsPlural() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    String singular = AnalyzedToken.analyze(full, "f", "اللغة").get(0).term();
    assertEquals(singular, AnalyzedToken.analyze(full, "f", "اللغات").get(0).term());
    assertEquals(singular, AnalyzedToken.analyze(full, "f", "لغاتهم").get(0).term());
    assertEquals(
        AnalyzedToken.analyze(full, "f", "جهة").get(0).term(),
        AnalyzedToken.analyze(full, "f", "الجهات").get(0).term());
    full.close();
  }

  /** A feminine noun's dual (ة written ت before ان, ين) meets its singular, short nouns too. */
  public void testFeminineDualMeetsItsSingular() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    for (String[] pair :
        new String[][] {
          {"المدرستين", "مدرسة"},
          {"حكومتان", "الحكومة"},
          {"الدولتين", "دولة"},
          {"لغتين", "اللغة"},
          {"مرتين", "مرة"},
          {"سنتين", "السنة"}
        }) {
      assertEquals(
          pair[0],
          AnalyzedToken.analyze(full, "f", pair[1]).get(0).term(),
          AnalyzedToken.analyze(full, "f", pair[0]).get(0).term());
    }
    // a three-letter noun's dual: شهرين, الحربين as شهر, الحرب; not تفعيل (تعيين), nor a ten
    assertEquals("شهر", AnalyzedToken.analyze(full, "f", "شهرين").get(0).term());
    assertEquals("حرب", AnalyzedToken.analyze(full, "f", "الحربين").get(0).term());
    assertEquals("تعيين", AnalyzedToken.analyze(full, "f", "تعيين").get(0).term());
    assertEquals("سبعين", AnalyzedToken.analyze(full, "f", "سبعين").get(0).term());
    // a three-letter noun's own ت stays (بيتين, صوتين → بيت, صوت), as does a plural's ات or ون
    assertEquals("بيت", AnalyzedToken.analyze(full, "f", "بيتين").get(0).term());
    assertEquals("صوت", AnalyzedToken.analyze(full, "f", "صوتين").get(0).term());
    assertEquals("مدين", AnalyzedToken.analyze(full, "f", "المدينة").get(0).term());
    assertEquals("مسلم", AnalyzedToken.analyze(full, "f", "مسلمين").get(0).term());
    assertEquals("بستان", AnalyzedToken.analyze(full, "f", "بستان").get(0).term());
    full.close();
  }

  /** ان with the accusative tanween is not a pronoun نا: أحياناً meets الأحيان. */
  public void testAccusativeAnIsNoPronoun() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    for (String[] pair :
        new String[][] {
          {"أحياناً", "الأحيان"},
          {"سلطاناً", "السلطان"},
          {"عدواناً", "العدوان"},
          {"بهتاناً", "البهتان"}
        }) {
      assertEquals(
          pair[0],
          AnalyzedToken.analyze(full, "f", pair[1]).get(0).term(),
          AnalyzedToken.analyze(full, "f", pair[0]).get(0).term());
    }
    // a short word keeps the pronoun reading (دعانا: دعا + نا), and other pronouns go on ن
    assertEquals("دعا", AnalyzedToken.analyze(full, "f", "دعانا").get(0).term());
    assertEquals("كتاب", AnalyzedToken.analyze(full, "f", "كتابهن").get(0).term());
    full.close();
  }

  /** لل is ل + ال: before a protected name, the name keeps its article as everywhere else. */
  public void testElidedArticleBeforeProtectedName() throws Exception {
    Analyzer full = new FahrasArabicAnalyzer();
    String name = AnalyzedToken.analyze(full, "f", "الكويت").get(0).term();
    for (String w : new String[] {"للكويت", "وللكويت", "بالكويت"}) {
      assertEquals(w, name, AnalyzedToken.analyze(full, "f", w).get(0).term());
    }
    assertEquals("سجن", AnalyzedToken.analyze(full, "f", "للسجن").get(0).term()); // not a name
    full.close();
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
