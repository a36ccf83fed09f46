package dev.fahras.search;

import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestRelatedForms extends LuceneTestCase {
  public void testParticipleToBrokenPlural() {
    assertEquals(List.of("حراس"), RelatedForms.of("حارس"));
    assertEquals(List.of("سكان"), RelatedForms.of("ساكن"));
    assertEquals(List.of(), RelatedForms.of("كتاب")); // a plural-looking word is not a participle
  }

  public void testFuulBothWays() {
    assertEquals(List.of("هجم"), RelatedForms.of("هجوم"));
    assertEquals(List.of("هجوم"), RelatedForms.of("هجم"));
    assertEquals(List.of("سجن"), RelatedForms.of("سجون"));
    assertEquals(List.of("جيوب"), RelatedForms.of("جيب")); // ي may be the middle radical
    assertEquals(List.of("قيد"), RelatedForms.of("قيود"));
    assertEquals(List.of(), RelatedForms.of("دول")); // و is no radical here
    assertEquals(List.of(), RelatedForms.of("يوم"));
  }

  public void testDerivedVerbsAndTheirNouns() {
    assertEquals(List.of("استسلام"), RelatedForms.of("استسلم"));
    assertEquals(List.of("استهدف"), RelatedForms.of("استهداف"));
    assertEquals(List.of("اعتقال"), RelatedForms.of("اعتقل"));
    assertEquals(List.of("اشتبك"), RelatedForms.of("اشتباك"));
    assertEquals(List.of("انسحاب"), RelatedForms.of("انسحب"));
    assertEquals(List.of("انفجر"), RelatedForms.of("انفجار"));
    assertEquals(List.of(), RelatedForms.of("امريك")); // ي inside: no verb pattern
    assertEquals(List.of(), RelatedForms.of("اعلان")); // ا inside a five-letter word
  }
}
