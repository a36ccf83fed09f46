package dev.fahras.search;

import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestRelatedForms extends LuceneTestCase {
  public void testParticipleToBrokenPlural() {
    assertEquals(List.of("حراس", "حارست"), RelatedForms.of("حارس"));
    assertEquals(List.of("سكان", "ساكنت"), RelatedForms.of("ساكن"));
    assertEquals(List.of("كتابت"), RelatedForms.of("كتاب")); // a plural-looking word is not a participle
  }

  public void testFuulBothWays() {
    assertEquals("هجم", RelatedForms.of("هجوم").get(0));
    assertEquals("هجوم", RelatedForms.of("هجم").get(0));
    assertEquals("سجن", RelatedForms.of("سجون").get(0));
    assertEquals("جيوب", RelatedForms.of("جيب").get(0)); // ي may be the middle radical
    assertEquals("قيد", RelatedForms.of("قيود").get(0));
    assertEquals(List.of("دولت"), RelatedForms.of("دول")); // و is no radical here: only the dual
    assertEquals(List.of("يومت"), RelatedForms.of("يوم"));
  }

  public void testDerivedVerbsAndTheirNouns() {
    assertEquals("استسلام", RelatedForms.of("استسلم").get(0));
    assertEquals("استهدف", RelatedForms.of("استهداف").get(0));
    assertEquals("اعتقال", RelatedForms.of("اعتقل").get(0));
    assertEquals("اشتبك", RelatedForms.of("اشتباك").get(0));
    assertEquals("انسحاب", RelatedForms.of("انسحب").get(0));
    assertEquals("انفجر", RelatedForms.of("انفجار").get(0));
    assertEquals(List.of("امريكت"), RelatedForms.of("امريك")); // ي inside: no verb pattern
    assertEquals(List.of("اعلانت"), RelatedForms.of("اعلان")); // ا inside a five-letter word
  }

  public void testMafaalAndFaaail() {
    assertEquals("منازل", RelatedForms.of("منزل").get(0));
    assertEquals("منزل", RelatedForms.of("منازل").get(0));
    assertEquals("مراكز", RelatedForms.of("مركز").get(0));
    assertTrue(RelatedForms.of("محور").contains("محاور")); // a hollow root: و in the middle
    assertEquals("محور", RelatedForms.of("محاور").get(0));
    assertEquals("وثاءق", RelatedForms.of("وثيق").get(0)); // وثيقة → وثائق (ئ normalized to ء)
    assertEquals("رهين", RelatedForms.of("رهاءن").get(0));
    assertEquals("ذخاءر", RelatedForms.of("ذخير").get(0));
  }

  public void testFeminineDual() {
    assertEquals(List.of("دراجت"), RelatedForms.of("دراج")); // دراجة, الدراجات → دراجتين
    assertEquals(List.of("دراج"), RelatedForms.of("دراجت")); // and back
    assertEquals(List.of("نارت"), RelatedForms.of("نار"));
    assertEquals(List.of("بيوت"), RelatedForms.of("بيت")); // its plural; ending in ت, three letters: no shorter stem
    assertEquals(List.of(), RelatedForms.of("374")); // not a word
  }
}
