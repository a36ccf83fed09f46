package dev.fahras.analysis;

import java.io.IOException;
import java.util.EnumSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** One test per row of the normalization table (README, {@link FahrasNormalizer}). */
public class TestFahrasNormalizationFilter extends BaseTokenStreamTestCase {
  private Analyzer a;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    a = keyword(new FahrasNormalizer());
  }

  @Override
  public void tearDown() throws Exception {
    a.close();
    super.tearDown();
  }

  private static Analyzer keyword(FahrasNormalizer normalizer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new KeywordTokenizer();
        return new TokenStreamComponents(t, new FahrasNormalizationFilter(t, normalizer));
      }
    };
  }

  private void check(String input, String expected) throws IOException {
    checkOneTerm(a, input, expected);
  }

  public void testHarakat() throws IOException {
    check("السِّجْنِ", "السجن"); // U+064B–U+0652
    check("كِتَابٌ", "كتاب"); // tanween
  }

  /** The ا carrying the accusative tanween goes after ن or ه, on either side of the mark. */
  public void testAccusativeAlefAfterNoonOrHeh() throws IOException {
    check("مكاناً", "مكان");
    check("مكانًا", "مكان");
    check("سكانًا", "سكان");
    check("تشابهاً", "تشابه");
    check("تعاوناً", "تعاون");
    check("بهتاناً", "بهتانا"); // the stemmer reads a longer word in انا as accusative itself
    check("رسمياً", "رسميا"); // elsewhere the ا stays: it meets رسميا typed bare
    check("مكانا", "مكانا"); // no tanween written: nothing to go by
    check("أنا", "انا");
    check("نًا", "نا"); // too short to be a word with an ending
  }

  public void testOtherMarks() throws IOException {
    check("م\u0653\u0656\u065Fن", "من"); // U+0653–U+065F
  }

  public void testHonorificAndSmallMarks() throws IOException {
    check("محمد\u0610\u0611\u0612", "محمد"); // U+0610–U+061A
  }

  public void testQuranicMarks() throws IOException {
    check("الكتاب\u06D6\u06DA\u06E2\u06ED", "الكتاب"); // U+06D6–U+06ED
  }

  public void testExtendedAMarks() throws IOException {
    check("ك\u08D3\u08F0تب\u08FF", "كتب"); // U+08D3–U+08FF
  }

  public void testSuperscriptAlefDeleted() throws IOException {
    check("الرحمٰن", "الرحمن"); // U+0670; the dagger alef filter adds the alef reading
  }

  public void testTatweel() throws IOException {
    check("الحســكة", "الحسكه"); // U+0640
    check("داعـــش", "داعش");
  }

  public void testAlefForms() throws IOException {
    check("أحمد", "احمد"); // U+0623
    check("إسلام", "اسلام"); // U+0625
    check("آلاف", "الاف"); // U+0622
    check("ٱلرحمن", "الرحمن"); // U+0671 wasla
    check("\u0672\u0673\u0675", "ااا"); // wavy hamza forms, high hamza alef
  }

  public void testHamzaSeats() throws IOException {
    check("مسؤول", "مسءول"); // waw seat
    check("مسئول", "مسءول"); // yeh seat: the same term
    check("شؤون", "شءون");
    check("شئون", "شءون");
    check("رئيس", "رءيس"); // still matches رئيس, never ريس
  }

  public void testCombiningMarksCompose() throws IOException {
    check("\u0627\u0654من", "امن"); // ا + hamza above is أ
    check("\u0627\u0655سلام", "اسلام"); // ا + hamza below is إ
    check("\u0627\u0653لاف", "الاف"); // ا + madda is آ
    check("مس\u0648\u0654ول", "مسءول"); // و + hamza is ؤ: same term as مسؤول
    check("مس\u064A\u0654ول", "مسءول"); // ي + hamza is ئ
    try (Analyzer noAlef =
        keyword(new FahrasNormalizer(EnumSet.of(FahrasNormalizer.Option.DIACRITICS)))) {
      checkOneTerm(noAlef, "\u0627\u0654من", "أمن"); // composed even when alef folding is off
    }
  }

  public void testAlefMaksura() throws IOException {
    check("عربى", "عربي"); // U+0649
    check("على", "علي");
  }

  public void testTehMarbuta() throws IOException {
    check("مدرسة", "مدرسه"); // U+0629
  }

  public void testPersianYeh() throws IOException {
    check("سوریا", "سوريا"); // U+06CC
    check("\u06D0\u06D2", "يي");
  }

  public void testPersianKaf() throws IOException {
    check("کوباني", "كوباني"); // U+06A9
    check("ڪتاب", "كتاب"); // U+06AA
  }

  public void testPersianHeh() throws IOException {
    check("ہذا", "هذا"); // U+06C1
    check("مدرسۀ", "مدرسه"); // U+06C0
    check("کوردستانە", "كوردستانه"); // U+06D5 (Kurdish)
    check("ھ", "ه"); // U+06BE
  }

  public void testDigits() throws IOException {
    check("٢٠٢٢", "2022");
    check("۲۰۲۲", "2022");
    check("٢٬٥٠٠", "2500"); // thousands separator dropped
    check("2,500", "2500");
    check("1,234,567.5", "1234567.5");
    check("٣٫١٤", "3.14");
    check("12,34", "12,34"); // not thousands grouping: left alone
  }

  public void testInvisibles() throws IOException {
    check("سو\u200Cريا", "سوريا");
    check("سوريا\u200F", "سوريا");
    check("كتب\u061C", "كتب");
  }

  public void testLowercase() throws IOException {
    check("ISIS", "isis");
    check("ΣΥΡΙΑ", "συρια");
  }

  public void testNoLanguageSwitch() throws IOException {
    // Arabic كرتون and Persian-lettered کرتون are one word, whatever the document's language
    check("کرتون", "كرتون");
  }

  public void testOptionsOff() throws IOException {
    try (Analyzer none =
        keyword(new FahrasNormalizer(EnumSet.noneOf(FahrasNormalizer.Option.class)))) {
      checkOneTerm(none, "أَحمدُ", "أَحمدُ");
    }
    try (Analyzer onlyDiacritics =
        keyword(new FahrasNormalizer(EnumSet.of(FahrasNormalizer.Option.DIACRITICS)))) {
      checkOneTerm(onlyDiacritics, "أَحمدُ", "أحمد");
    }
  }

  public void testEmptyTerm() throws IOException {
    // a term left empty is dropped, no exception
    assertAnalyzesTo(a, "", new String[0]);
    assertAnalyzesTo(a, "\u064E\u0640", new String[0]); // only marks
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer std =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(t, new FahrasNormalizationFilter(t));
          }
        }) {
      checkRandomData(random(), std, 200 * RANDOM_MULTIPLIER);
    }
  }

  /** A token of only tatweel or marks normalizes to nothing: dropped, its position kept. */
  public void testTokenLeftEmptyIsDropped() throws Exception {
    Analyzer a = new FahrasArabicAnalyzer();
    assertAnalyzesTo(
        new FahrasArabicAnalyzer(), "سجن ـــ حسكة", new String[] {"سجن", "حسك"}, new int[] {1, 2});
    // a prefix or wildcard term still normalizes to exactly one (empty) term
    assertEquals("", a.normalize("f", "ـــ").utf8ToString());
  }
}
