package dev.fahras.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestPassageSplitter extends LuceneTestCase {

  public void testParagraphsAndOffsets() {
    String text =
        "  عنوان التقرير\n\nفقرة أولى طويلة بما يكفي لتكون فقرة.\nفقرة ثانية من النص هنا. \n";
    PassageSplitter.Split split = new PassageSplitter().split(text, "عنوان التقرير");
    List<Passage> ps = split.passages();
    assertEquals(3, ps.size());
    for (Passage p : ps) assertEquals(p.text(), text.substring(p.start(), p.end()));
    assertEquals("عنوان التقرير", ps.get(0).text()); // trimmed
    assertEquals(2, ps.get(2).ordinal());
  }

  public void testLongParagraphCutAtSentenceEnds() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++)
      b.append("هذه جملة رقم ").append(i).append(" في فقرة طويلة جداً؟ ");
    String text = b.toString().strip();
    PassageSplitter splitter = new PassageSplitter(200, 400);
    List<Passage> ps = splitter.split(text, "").passages();
    assertTrue(ps.size() > 3);
    for (Passage p : ps) {
      assertTrue(p.text().length() <= 400);
      assertEquals(p.text(), text.substring(p.start(), p.end()));
      char last = p.text().charAt(p.text().length() - 1);
      assertEquals("cut at a sentence end: " + p.text(), '؟', last);
    }
  }

  public void testSentenceLongerThanMaxCutAtSpace() {
    String text = "كلمة ".repeat(300).strip();
    List<Passage> ps = new PassageSplitter(100, 200).split(text, "").passages();
    for (Passage p : ps) {
      assertTrue(p.text().length() <= 200);
      assertFalse(p.text().startsWith(" "));
      assertTrue(p.text().endsWith("كلمة"));
    }
  }

  /** Every scraped line of the bundled reports is set aside; no real paragraph is. */
  public void testBundledBoilerplate() throws Exception {
    String[][] expected = {
      {"000_ecb50614b607be3c.txt", "عربى و دولى"}, // the heading "الحصيلة:" stays: it is text
      {"001_7fd397a2ddf4eca3.txt", "دمشق °C", "00963 939 114 037", "إعداد: علي إبراهيم"},
      {"002_7f35d5b6979ad918.txt", "عناصر من \"قسد\" في محيط سجن الصناعة (Getty)", "+ الخط -"},
      {"003_0ec57ae0bc96feba.txt", "اظهر المزيد", "زر الذهاب إلى الأعلى"},
      {
        "004_e6011b396f589514.txt",
        "أعمدة دخان متصاعدة من محيط سجن \"غويران\" في الحسكة (هاوار)",
        "camera iconأعمدة دخان متصاعدة من محيط سجن \"غويران\" في الحسكة (هاوار)",
        "tag icon ع ع ع",
        "مقالات متعلقة",
        "×",
        "الإعلام الموجّه يشوه الحقيقة في بلادنا ويطيل أمد الحرب..",
        "سوريا بحاجة للصحافة الحرة.. ونحن بحاجتك لنبقى مستقلين",
        "ادعم عنب بلدي",
        "دولار واحد شهريًا يصنع الفرق",
        "اضغط هنا للمساهمة"
      }
    };
    String[] titles = {
      "قسد: هجوم داعش على سجن الحسكة بسوريا خطط له من خارج الحدود", "", "", "", ""
    };
    for (int i = 0; i < expected.length; i++) {
      String text = Files.readString(Path.of("testdata", expected[i][0]), StandardCharsets.UTF_8);
      PassageSplitter.Split split = new PassageSplitter().split(text, titles[i]);
      List<String> aside = split.boilerplate().stream().map(Passage::text).toList();
      List<String> want = List.of(expected[i]).subList(1, expected[i].length);
      assertEquals(expected[i][0], want, aside);
      for (Passage p : split.passages()) {
        assertFalse(expected[i][0] + ": " + p.text(), want.contains(p.text()));
      }
    }
  }

  public void testDatelineKept() {
    assertFalse(Boilerplate.isBoilerplate("01 فبراير 2022"));
    assertFalse(Boilerplate.isBoilerplate("مخيم الهول"));
    assertFalse(
        Boilerplate.isBoilerplate("المجلس الأعلى للقوات المسلحة")); // الأعلى is not "back to top"
    assertFalse(Boilerplate.isBoilerplate("سَبِّحِ ٱسۡمَ رَبِّكَ ٱلۡأَعۡلَى."));
    assertTrue(Boilerplate.isBoilerplate("+966 11 234 5678"));
    assertTrue(Boilerplate.isBoilerplate("Share | Print"));
  }

  /** A document that is all "furniture" is its own text; and the rules can be switched off. */
  public void testNeverSetsAsideTheOnlyText() {
    PassageSplitter splitter = new PassageSplitter();
    PassageSplitter.Split verse = splitter.split("طه", "");
    assertEquals(1, verse.passages().size());
    assertEquals("طه", verse.passages().get(0).text());
    String article =
        "هاجم التنظيم السجن في مدينة الحسكة ليلة الخميس، واستمرت المعارك أياما في الأحياء المحيطة"
            + " به حتى أعلنت القوات استعادة السيطرة عليه.\n+ الخط -\n00963 939 114 037";
    assertEquals(2, splitter.split(article, "").boilerplate().size());
    PassageSplitter.Split off = splitter.withBoilerplate(false).split(article, "");
    assertEquals(0, off.boilerplate().size());
    assertEquals(3, off.passages().size());
  }
}
