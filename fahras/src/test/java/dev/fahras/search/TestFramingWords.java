package dev.fahras.search;

import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.Schema;
import java.util.Set;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestFramingWords extends LuceneTestCase {
  public void testNounAfterAQuestionWordFrames() {
    assertSplit("ما اسم الألبوم الأول لشاكيرا؟", "ما الألبوم الأول لشاكيرا؟", "اسم");
    assertSplit("كم عدد الأبراج الفلكية", "كم الأبراج الفلكية", "عدد");
    assertSplit("ماهو الإسم الرسمي لموريتانيا", "ماهو الرسمي لموريتانيا", "الإسم");
    assertSplit("ما نوع الحكم في كندا", "ما الحكم في كندا", "نوع");
  }

  /**
   * A light verb after a question word frames it, with the noun after it (كم يبلغ عدد); so does a
   * pronoun between the question word and the noun, and "other" after the noun.
   */
  public void testLightVerbsPronounsAndOther() {
    assertSplit("كم يبلغ عدد سكان الصين؟", "كم سكان الصين؟", "يبلغ عدد");
    assertSplit("كم تبلغ مساحة الصين؟", "كم مساحة الصين؟", "تبلغ");
    assertSplit("متى تم اكتشاف الجزيرة", "متى اكتشاف الجزيرة", "تم");
    assertSplit("ما هو الاسم الآخر للعلويين؟", "ما هو للعلويين؟", "الاسم الآخر");
    assertSplit("ما الأسماء الأخرى للمدينة", "ما للمدينة", "الأسماء الأخرى");
  }

  /** The same verbs and "other" carry the text anywhere else. */
  public void testLightVerbsElsewhereAreKept() {
    assertSplit("تم تسليم السجن", "تم تسليم السجن", "");
    assertSplit("بلغ عدد القتلى مئة", "بلغ عدد القتلى مئة", "");
    assertSplit("ما الطريق الآخر", "ما الطريق الآخر", "");
    assertSplit("هو اسم قديم", "هو اسم قديم", "");
  }

  /** Elsewhere the same nouns carry the question: اسم as the thing asked about, عدد in a name. */
  public void testNounElsewhereIsKept() {
    assertSplit("تغيير اسم الشارع", "تغيير اسم الشارع", "");
    assertSplit("عدد القتلى", "عدد القتلى", "");
    assertSplit("ما سبب الحرب", "ما سبب الحرب", "");
  }

  /** Word pairs leave the framing noun out too: كم عدد الأبراج الفلكية pairs only its subject. */
  public void testFramingNounMakesNoPair() {
    QueryFactory factory =
        new QueryFactory(Schema.indexAnalyzer(IndexConfig.defaults().analyzer()));
    String framed =
        factory
            .build("كم عدد الأبراج الفلكية الاثني عشر", SearchOptions.Mode.PLAIN, null)
            .evidence()
            .toString();
    assertTrue(framed, framed.contains("\"ابراج فلك\"~2"));
    assertFalse(framed, framed.contains("\"عدد ابراج\"~2"));
    Set<Evidence> off = Set.of(Evidence.FRAMING_WORDS);
    QueryFactory all =
        new QueryFactory(Schema.indexAnalyzer(IndexConfig.defaults().analyzer()), null, off);
    String unframed =
        all.build("كم عدد الأبراج الفلكية الاثني عشر", SearchOptions.Mode.PLAIN, null)
            .evidence()
            .toString();
    assertTrue(unframed, unframed.contains("\"عدد ابراج\"~2"));
  }

  private static void assertSplit(String text, String kept, String framing) {
    String[] split = FramingWords.split(text);
    assertEquals(text, kept, split[0]);
    assertEquals(text, framing, split[1]);
  }

  /**
   * A passage that repeats the framing noun no longer outranks the one about the question's
   * subject; with the evidence switched off, it does.
   */
  public void testFramingNounDoesNotOutrankTheSubject() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(
          SourceDocument.of(
              "names",
              "s",
              "اسم المدينة اسم قديم، والاسم تغير، واسمها اليوم اسم النهر، وللنهر اسم آخر."));
      w.add(
          SourceDocument.of("album", "s", "صدر ألبومها عام 1991 في بوغوتا وبيعت منه آلاف النسخ."));
      w.add(SourceDocument.of("other", "s", "زار الوفد المدينة القديمة في الصباح الباكر."));
      w.commit();
      String q = "ما اسم ألبومها؟";
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals("album", s.search(q).hits().get(0).docId());
      }
      SearcherConfig off = SearcherConfig.builder().withoutEvidence(Evidence.FRAMING_WORDS).build();
      try (FahrasSearcher s = FahrasSearcher.open(w, off)) {
        assertEquals("names", s.search(q).hits().get(0).docId());
      }
    }
  }
}
