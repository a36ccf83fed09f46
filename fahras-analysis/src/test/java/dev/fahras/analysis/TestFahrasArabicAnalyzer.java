package dev.fahras.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;
import org.apache.lucene.util.BytesRef;

public class TestFahrasArabicAnalyzer extends BaseTokenStreamTestCase {

  /** The words the foundation issue lists, each with what the normalization table promises. */
  public void testPromisedForms() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      assertAnalyzesTo(a, "وَالْكِتَابُ", new String[] {"كتاب"});
      assertAnalyzesTo(a, "ٱلرَّحْمَٰنِ", new String[] {"رحمن", "رحمان"}, new int[] {1, 0});
      assertAnalyzesTo(a, "مسؤول مسئول", new String[] {"مسءول", "مسءول"});
      assertAnalyzesTo(a, "ﻻ", new String[0]); // ﻻ is لا, a stopword
      assertAnalyzesTo(a, "٢٠٢٢ ۲۰۲۲", new String[] {"2022", "2022"});
      assertAnalyzesTo(a, "الحســكة", new String[] {"حسك"}); // same as الحسكة
      assertAnalyzesTo(a, "الحسكة", new String[] {"حسك"});
      assertAnalyzesTo(a, "سوریا", new String[] {"سوريا"});
      assertAnalyzesTo(a, "کوباني", new String[] {"كوباني"});
      assertAnalyzesTo(a, "للمدرسة", new String[] {"مدرس"});
      assertAnalyzesTo(a, "وبالتزامن", new String[] {"تزامن"});
      assertAnalyzesTo(a, "اعترافاتهم", new String[] {"اعتراف"});
    }
    try (Analyzer unstemmed =
        FahrasArabicAnalyzer.builder().withStemming(false).withoutStopwords().build()) {
      assertAnalyzesTo(unstemmed, "ﻻ", new String[] {"لا"});
      assertAnalyzesTo(unstemmed, "الأساييش الأسايش", new String[] {"الاساييش", "الاسايش"});
      assertAnalyzesTo(
          unstemmed, "ٱلرَّحْمَٰنِ", new String[] {"الرحمن", "الرحمان"}, new int[] {1, 0});
    }
  }

  public void testTokenization() throws Exception {
    try (Analyzer a =
        FahrasArabicAnalyzer.builder().withStemming(false).withoutStopwords().build()) {
      // digits and a multiplier word also give their product, spanning both (posLength 2)
      assertAnalyzesTo(
          a,
          "الـ5 آلاف",
          new String[] {"ال5", "5000", "الاف"},
          new int[] {0, 0, 5},
          new int[] {4, 9, 9},
          null,
          new int[] {1, 0, 1},
          new int[] {1, 2, 1});
      assertAnalyzesTo(a, "سري كانيه/ رأس العين", new String[] {"سري", "كانيه", "راس", "العين"});
      assertAnalyzesTo(a, "استشهد /121/ من", new String[] {"استشهد", "121", "من"});
      assertAnalyzesTo(a, "٢٬٥٠٠ و2,500", new String[] {"2500", "و2500"});
      assertAnalyzesTo(a, "https://example.org/a?b=1", new String[] {"https://example.org/a?b=1"});
      assertAnalyzesTo(a, "راسلونا info@example.org", new String[] {"راسلونا", "info@example.org"});
      assertAnalyzesTo(a, "تنظيم ISIS الإرهابي", new String[] {"تنظيم", "isis", "الارهابي"});
    }
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      assertAnalyzesTo(
          a,
          "الـ5 آلاف",
          new String[] {"5", "5000", "الاف"},
          new int[] {1, 0, 1}); // آلاف: protected number word
      assertAnalyzesTo(a, "و2,500", new String[] {"و2500", "2500"}, new int[] {1, 0});
    }
  }

  public void testStopwordsKeepPositions() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      assertAnalyzesTo(a, "هجوم عن السجن", new String[] {"هجوم", "سجن"}, new int[] {1, 2});
      // على is no stopword: normalized it is the name علي, as common as the preposition
      assertAnalyzesTo(a, "محمد علي", new String[] {"محمد", "علي"});
      assertAnalyzesTo(a, "هجوم على السجن", new String[] {"هجوم", "علي", "سجن"});
      assertAnalyzesTo(a, "وصل إلى الحسكة", new String[] {"وصل", "حسك"}, new int[] {1, 2});
      assertAnalyzesTo(a, "وصل الى الحسكة", new String[] {"وصل", "حسك"}, new int[] {1, 2});
      assertAnalyzesTo(
          a, "وفي السجن", new String[] {"سجن"}, new int[] {2}); // conjunction + stopword
      assertAnalyzesTo(a, "من هو قائد حراس السجن؟", new String[] {"قاءد", "حراس", "سجن"});
      // a stopword behind proclitics, or with a pronoun that is a stopword too
      assertAnalyzesTo(a, "بماذا لهذا وبما ماهي منهم السجن", new String[] {"سجن"}, new int[] {6});
      assertAnalyzesTo( // content words behind the same proclitics stay (two readings each)
          a, "بسجن لهدف", new String[] {"بسجن", "سجن", "لهدف", "هدف"}, new int[] {1, 0, 1, 0});
      // و and ف written apart from their word are stopwords too
      assertAnalyzesTo(a, "السجن و المخيم", new String[] {"سجن", "مخيم"}, new int[] {1, 2});
      assertAnalyzesTo(a, "السجن ف المخيم", new String[] {"سجن", "مخيم"}, new int[] {1, 2});
    }
    // a tatweel-marked prefix in a word list is not a one-letter stopword
    assertFalse(FahrasArabicAnalyzer.normalizedSet(java.util.List.of("لـ")).contains("ل"));
    assertTrue(FahrasArabicAnalyzer.normalizedSet(java.util.List.of("و")).contains("و"));
  }

  public void testOptions() throws Exception {
    try (Analyzer a = FahrasArabicAnalyzer.builder().withStopwords(List.of("سجن")).build()) {
      assertAnalyzesTo(a, "على سجن", new String[] {"علي"}); // custom set replaces the default
    }
    try (Analyzer a =
        FahrasArabicAnalyzer.builder().withoutStopwords().withStemming(false).build()) {
      assertAnalyzesTo(a, "على السجن", new String[] {"علي", "السجن"});
    }
    try (Analyzer a =
        FahrasArabicAnalyzer.builder()
            .withNormalization(
                EnumSet.complementOf(EnumSet.of(FahrasNormalizer.Option.TEH_MARBUTA)))
            .withStemming(false)
            .build()) {
      assertAnalyzesTo(a, "مدرسة", new String[] {"مدرسة"});
    }
  }

  /** Analyzer.normalize (prefix, wildcard, fuzzy terms) agrees with the unstemmed field. */
  /**
   * Every setting of the builder reaches {@link FahrasArabicAnalyzer#describe()}, which an index
   * records to refuse a searcher with other settings: a setting added without it would let an index
   * be searched with tokens it was not built with. Each field is changed in turn by reflection, so
   * a new field fails here until describe() shows it (or this test learns its type).
   */
  public void testEverySettingReachesDescribe() throws Exception {
    String base = FahrasArabicAnalyzer.builder().build().describe();
    int checked = 0;
    for (java.lang.reflect.Field f : FahrasArabicAnalyzer.Builder.class.getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
      FahrasArabicAnalyzer.Builder b = FahrasArabicAnalyzer.builder();
      f.setAccessible(true);
      f.set(b, otherValue(f, f.get(b)));
      String changed = b.build().describe();
      assertFalse(f.getName() + " does not reach describe(): " + changed, base.equals(changed));
      checked++;
    }
    assertTrue(checked >= 10);
  }

  private static Object otherValue(java.lang.reflect.Field f, Object current) throws Exception {
    Class<?> t = f.getType();
    if (t == boolean.class) return !((Boolean) current);
    if (t.isEnum()) {
      for (Object c : t.getEnumConstants()) if (!c.equals(current)) return c;
    }
    if (t == org.apache.lucene.analysis.CharArraySet.class) {
      return ArabicWordSets.normalizedSet(List.of("كلمه"));
    }
    if (t == org.apache.lucene.analysis.synonym.SynonymMap.class) return Synonyms.defaults();
    if (java.util.Set.class.isAssignableFrom(t) && current instanceof EnumSet<?> e) {
      EnumSet<?> fewer = EnumSet.copyOf(e);
      fewer.remove(fewer.iterator().next());
      return fewer;
    }
    throw new AssertionError("teach this test a second value for " + f.getName() + " (" + t + ")");
  }

  public void testNormalizeAgreesWithUnstemmedField() throws Exception {
    try (Analyzer a =
        FahrasArabicAnalyzer.builder().withStemming(false).withoutStopwords().build()) {
      for (String word :
          new String[] {"السِّجْن", "مسؤول", "ﻻ", "٢٠٢٢", "الحســكة", "سو\u200Bريا", "کوباني"}) {
        List<AnalyzedToken> tokens = AnalyzedToken.analyze(a, "f", word);
        assertEquals(word, 1, tokens.size());
        assertEquals(word, new BytesRef(tokens.get(0).term()), a.normalize("f", word));
      }
    }
  }

  /** Offsets land on the diacritized original of report 000. */
  public void testOffsetsOnDiacritizedReport() throws Exception {
    String text =
        Files.readString(Path.of("testdata/000_ecb50614b607be3c.txt"), StandardCharsets.UTF_8);
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      List<AnalyzedToken> tokens = AnalyzedToken.analyze(a, "text", text);
      boolean sawPrison = false;
      for (AnalyzedToken t : tokens) {
        assertEquals(t.original(), text.substring(t.start(), t.end()));
        if (t.term().equals("سجن") && t.original().equals("السِّجن")) sawPrison = true;
      }
      assertTrue("السِّجن should analyze to سجن with its diacritized slice", sawPrison);
    }
  }

  public void testBadInput() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      assertAnalyzesTo(a, "", new String[0]);
      assertAnalyzesTo(a, " \t\n\u00A0 ", new String[0]);
      assertAnalyzesTo(a, "\u0000", new String[0]);
      assertAnalyzesTo(
          a, "كتب\uD800 \uDC00سجن", new String[] {"كتب", "سجن"}); // unpaired surrogates
      assertAnalyzesTo(a, "Syria سوريا Сирия", new String[] {"syria", "سوريا", "сирия"});
      // a 10 MB token: split by the tokenizer's maximum length, never thrown
      String huge = "س".repeat(10 * 1024 * 1024);
      List<AnalyzedToken> tokens = AnalyzedToken.analyze(a, "f", huge);
      assertFalse(tokens.isEmpty());
      for (AnalyzedToken t : tokens) {
        assertTrue(t.start() >= 0 && t.end() <= huge.length() && t.start() <= t.end());
      }
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
    }
  }

  /** Random text drawn from the Arabic blocks, where every rule fires. */
  public void testRandomArabic() throws Exception {
    try (Analyzer a = new FahrasArabicAnalyzer()) {
      for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
        StringBuilder b = new StringBuilder();
        int words = TestUtil.nextInt(random(), 1, 20);
        for (int w = 0; w < words; w++) {
          int len = TestUtil.nextInt(random(), 1, 10);
          for (int c = 0; c < len; c++) {
            int block = random().nextInt(4);
            char ch =
                switch (block) {
                  case 0 -> (char) TestUtil.nextInt(random(), 0x0600, 0x06FF);
                  case 1 -> (char) TestUtil.nextInt(random(), 0x08A0, 0x08FF);
                  case 2 -> (char) TestUtil.nextInt(random(), 0xFB50, 0xFEFF);
                  default -> (char) TestUtil.nextInt(random(), 0x2000, 0x206F);
                };
            b.append(ch);
          }
          b.append(' ');
        }
        checkAnalysisConsistency(random(), a, random().nextBoolean(), b.toString());
      }
    }
  }
}
