package dev.fahras.search;

import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestDefinitionQuestion extends LuceneTestCase {
  public void testWhatOrWhoIsAsksForADefinition() {
    assertEquals("القمر", DefinitionQuestion.subject("ما هو القمر؟"));
    assertEquals("حمزة بن عبد المطلب", DefinitionQuestion.subject("من هو حمزة بن عبد المطلب؟"));
    assertEquals("الدروز", DefinitionQuestion.subject("من هم الدروز"));
    assertEquals("غشاء البكارة", DefinitionQuestion.subject("ماهو غشاء البكارة؟"));
    assertEquals("المسيحية", DefinitionQuestion.subject("ما هى المسيحية؟"));
  }

  public void testOtherQuestionsAreNot() {
    assertNull(DefinitionQuestion.subject("متى ولد زين الدين زيدان؟"));
    assertNull(DefinitionQuestion.subject("ما اسم الألبوم الأول"));
    assertNull(DefinitionQuestion.subject("ما هو"));
    assertNull(DefinitionQuestion.subject("هو القمر"));
  }

  /**
   * The passage that opens with the subject outranks one that names it more often further in; with
   * answer types switched off, it does not.
   */
  public void testPassageOpeningWithTheSubjectRanksFirst() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(
          SourceDocument.of(
              "lead", "s", "الدروز جماعة دينية في بلاد الشام، يسكن أكثرهم جبال لبنان وسوريا."));
      w.add(
          SourceDocument.of(
              "mention",
              "s",
              "زار الوفد قرى يسكنها الدروز، والتقى مشايخ الدروز وشبانا من الدروز في الجبل."));
      w.commit();
      String q = "من هم الدروز؟";
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals("lead", s.search(q).hits().get(0).docId());
      }
      SearcherConfig off = SearcherConfig.builder().withoutEvidence(Evidence.ANSWER_TYPES).build();
      try (FahrasSearcher s = FahrasSearcher.open(w, off)) {
        assertEquals("mention", s.search(q).hits().get(0).docId());
      }
    }
  }
}
