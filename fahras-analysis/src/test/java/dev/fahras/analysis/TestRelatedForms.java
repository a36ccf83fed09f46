package dev.fahras.analysis;

import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestRelatedForms extends LuceneTestCase {
  private static void has(String stem, String... forms) {
    List<String> got = RelatedForms.of(stem);
    for (String f : forms) assertTrue(stem + " → " + got + " lacks " + f, got.contains(f));
  }

  private static void lacks(String stem, String... forms) {
    List<String> got = RelatedForms.of(stem);
    for (String f : forms) assertFalse(stem + " → " + got + " has " + f, got.contains(f));
  }

  public void testParticipleToBrokenPlural() {
    has("حارس", "حراس");
    has("ساكن", "سكان");
    lacks("كتاب", "كاتب"); // a plural-looking word is not a participle
  }

  public void testFuulBothWays() {
    has("هجوم", "هجم");
    has("هجم", "هجوم");
    has("سجون", "سجن");
    has("جيب", "جيوب"); // ي may be the middle radical
    has("قيود", "قيد");
    lacks("دول", "دل"); // و is no radical here
    lacks("قيود", "قد");
  }

  public void testDerivedVerbsAndTheirNouns() {
    has("استسلم", "استسلام");
    has("استهداف", "استهدف");
    has("اعتقل", "اعتقال");
    has("اشتباك", "اشتبك");
    has("انسحب", "انسحاب");
    has("انفجار", "انفجر");
    has("تجنيد", "جند");
    has("حرر", "تحرير");
    has("اطلاق", "اطلق");
    has("اعدم", "اعدام");
    lacks("امريك", "امريال"); // ي inside: no verb pattern (امريكا it gets as a nisba's name)
  }

  public void testPresentAndPast() {
    has("يهدد", "هدد");
    has("هدد", "يهدد");
    has("يقاتل", "قاتل");
    has("يحتجز", "احتجز", "احتجاز"); // the past's ا comes back, and its verbal noun follows
    has("تحدث", "يتحدث"); // a form V past, not only a present with ت
    has("اقتحام", "اقتحم", "اقتحمت"); // the feminine past of the verb of a verbal noun
    lacks("يهدد", "يهددت"); // a present takes no feminine ت
    has("يفصل", "تفصل"); // the present's other person, both ways
    has("تدين", "يدين");
  }

  /** A verb and its participles, weak roots included (gap 8 of the relevance issue). */
  public void testVerbsAndTheirParticiples() {
    has("عرف", "معروف"); // مفعول both ways
    has("معروف", "عرف");
    has("محكوم", "حكم");
    has("يلقب", "ملقب"); // a present verb's form II participle: يلقب ↔ الملقب
    has("ملقب", "لقب");
    lacks("درس", "مدرس"); // not from any three-letter stem: مفعل is also a place (مدرس، مذكر)
    lacks("معروف", "عروف");
    has("توف", "وفا"); // توفي ↔ وفاة: a form V verb with a weak last radical and its noun
    has("وفا", "توف");
    lacks("توف", "متوف"); // و is no radical: no مفعول of توف
  }

  /** بدأت normalizes to بدات and stems as a short noun's plural would (بده); بدأ stems to بدا. */
  public void testVerbWithFinalHamzaAndFeminineTeh() {
    has("بده", "بدا");
    has("بدا", "بده");
    lacks("مدرسه", "مدرسا"); // only a stem of three letters: the verb's two radicals and ه
    has("حيه", "حيا"); // حياته and حياة: a noun in اة before a pronoun
    has("وفه", "وفا"); // وفاته and وفاة
    lacks("ويه", "ويا"); // not two weak letters
  }

  /** A protected name takes no pattern of a verb or noun: العراق is no افتعال of العرق. */
  public void testProtectedNameHasNoPatternRelatives() {
    has("العراق", "عراق");
    lacks("العراق", "العرق", "يلعراق");
    assertEquals(List.of(), RelatedForms.of("تشرين")); // not شرن, as تفعيل of a verb
  }

  public void testMafaalAndFaaail() {
    has("منزل", "منازل");
    has("منازل", "منزل");
    has("مركز", "مراكز");
    has("محور", "محاور"); // a hollow root: و in the middle
    has("محاور", "محور");
    has("وثيق", "وثاءق"); // وثيقة → وثائق (ئ normalized to ء)
    has("رهاءن", "رهين");
    has("ذخير", "ذخاءر");
  }

  public void testNameAndItsNisba() {
    has("العراق", "عراق"); // the protected name meets العراقي, العراقية
    has("الاردن", "اردن");
    // a name ending in ا meets its nisba, which loses the ا and the ي before it, both ways
    has("ليبيا", "ليب"); // الليبية
    has("ليب", "ليبيا");
    has("فرنسا", "فرنس");
    has("ترك", "تركيا");
    has("امريك", "امريكا"); // الأمريكية
    lacks("سوريا", "سور"); // its nisba سوري is protected and indexed whole
  }

  /** Form V (and its verbal noun) and form II's verbal noun, both ways. */
  public void testFormFiveAndFormTwoVerbalNoun() {
    has("توسع", "توسيع");
    has("تطور", "تطوير");
    has("توسيع", "توسع");
    has("تصدير", "تصدر");
    lacks("تمام", "تماي");
  }

  /** أب and أخ with their case vowel before a pronoun (أخيها → اخي) meet the bare noun. */
  public void testFatherAndBrotherWithTheirCaseVowel() {
    has("اخ", "اخو", "اخا", "اخي");
    has("اخي", "اخ");
    has("ابو", "اب");
    lacks("ام", "امو", "اما", "امي");
    lacks("ابن", "اب");
    lacks("اب", "ابو"); // اب is also the month آب, a protected name
  }

  public void testNominativeDualOfThreeLetterNoun() {
    has("حرب", "حربان"); // الحربان, which the stemmer keeps whole (ان also ends إنسان, بستان)
    has("شهر", "شهران");
    lacks("حربان", "حربانان");
  }

  public void testFeminineDual() {
    has("دراج", "دراجت"); // دراجة, الدراجات → دراجتين
    has("دراجت", "دراج"); // and back
    has("نار", "نارت");
    has("بيت", "بيوت"); // its plural; three letters ending in ت: no shorter stem
    lacks("بيت", "بي");
    assertEquals(List.of(), RelatedForms.of("374")); // not a word
  }
}
