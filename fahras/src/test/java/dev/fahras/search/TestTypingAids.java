package dev.fahras.search;

import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import java.util.List;

/** Suggestions, "did you mean" and Latin-script readings on the bundled reports. */
public class TestTypingAids extends BundledReportsTestCase {

  private static List<String> texts(List<Suggestion> suggestions) {
    return suggestions.stream().map(Suggestion::text).toList();
  }

  public void testSuggestionsKeepTheTypedClitics() throws Exception {
    assertEquals(List.of("الحسكة"), texts(searcher.suggest("الحس", 5)));
    assertEquals(List.of("والحسكة"), texts(searcher.suggest("والحس", 5)));
    assertEquals(List.of("بالحسكة"), texts(searcher.suggest("بالحس", 5)));
    // no passage writes وبالحسكة: the word is completed past its clitics
    assertEquals(List.of("وبالحسكة"), texts(searcher.suggest("وبالحس", 5)));
    Suggestion s = searcher.suggest("وبالحس", 1).get(0);
    assertEquals("حسكة", s.word());
    assertEquals(searcher.suggest("الحس", 1).get(0).count(), s.count());
  }

  public void testSuggestionsIgnoreSpellingVariantsAndKeepEarlierWords() throws Exception {
    // typed with ه for ة and أ for ا, diacritics and tatweel: the same completions
    assertEquals(List.of("الحسكة"), texts(searcher.suggest("الحســَ", 5)));
    assertEquals(List.of("سجن الحسكة"), texts(searcher.suggest("سجن الحس", 5)));
    List<Suggestion> prison = searcher.suggest("السج", 5);
    assertEquals("السجن", prison.get(0).text());
    assertTrue(prison.get(0).count() >= prison.get(prison.size() - 1).count());
  }

  public void testAFrequentWordSequenceIsSuggestedWhole() throws Exception {
    List<String> texts = texts(searcher.suggest("قوات سو", 5));
    assertTrue(texts.toString(), texts.contains("قوات سوريا الديمقراطية"));
    assertTrue(
        texts.toString(), texts.indexOf("قوات سوريا") < texts.indexOf("قوات سوريا الديمقراطية"));
    // a word no other word mostly follows comes alone
    for (String t : texts(searcher.suggest("داع", 5))) assertFalse(t, t.contains(" "));
  }

  public void testNoSuggestionForOneLetterOrAFinishedWord() throws Exception {
    assertEquals(List.of(), searcher.suggest("ا", 5));
    assertEquals(List.of(), searcher.suggest("الحسكة ", 5));
    assertEquals(List.of(), searcher.suggest("", 5));
    assertEquals(List.of(), searcher.suggest("ظظظظ", 5));
    expectThrows(IllegalArgumentException.class, () -> searcher.suggest("الحس", 0));
  }

  public void testBoilerplateWordsAreNeverSuggested() throws Exception {
    // the reports' scraped buttons (اضغط هنا للمساهمة, زر الذهاب إلى الأعلى) are set aside
    assertEquals(List.of(), searcher.suggest("اضغ", 5));
    assertEquals(List.of(), searcher.suggest("الذه", 5));
    assertEquals(List.of(), searcher.suggest("للمساه", 5));
  }

  public void testAMisspelledWordIsSearchedAsTheIndexSpellsIt() throws Exception {
    SearchResult r = searcher.search("الحصكة"); // ص for س
    assertEquals(SearchResult.Notice.SPELLING, r.notice());
    assertEquals("الحسكة", r.readAs());
    assertEquals(searcher.search("الحسكة").total(), r.total());
    SearchResult joined = searcher.search("السجنالصناعة");
    assertEquals("السجن الصناعة", joined.readAs());
  }

  public void testDidYouMeanWhenTheRestOfTheQueryFinds() throws Exception {
    SearchResult r = searcher.search("قوات سوريا الدموقراطية");
    assertTrue(r.total() > 0);
    assertNull(r.readAs());
    assertEquals("قوات سوريا الديمقراطية", r.didYouMean());
    assertNull(searcher.search("قوات سوريا الديمقراطية").didYouMean());
    assertNull(searcher.search("هجوم داعش على سجن غويران").didYouMean());
  }

  public void testLatinScriptQueriesReadAsArabic() throws Exception {
    long hasakah = searcher.search("الحسكة").total();
    for (String latin : new String[] {"Hasakah", "7asaka", "el 7asaka", "al-Hasakah", "AlHskp"}) {
      SearchResult r = searcher.search(latin);
      assertEquals(latin, SearchResult.Notice.TRANSLITERATION, r.notice());
      assertEquals(latin, "الحسكة", r.readAs());
      assertEquals(latin, hasakah, r.total());
    }
    assertEquals("غويران", searcher.search("Ghwayran").readAs());
  }

  public void testLatinInThePassagesIsSearchedAsTyped() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "x", "صورة الكاميرا: camera icon في أعلى الصفحة"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        SearchResult asTyped = s.search("camera");
        assertEquals(1, asTyped.total());
        assertNull(asTyped.notice());
        SearchResult r = s.search("ؤشةثقش"); // camera, typed with the keyboard on Arabic
        assertEquals(SearchResult.Notice.KEYBOARD_LAYOUT, r.notice());
        assertEquals("camera", r.readAs());
        assertEquals(1, r.total());
      }
    }
  }

  public void testQueriesThatFindStayAsTheyWere() throws Exception {
    for (String q : new String[] {"الحسكة", "سجن غويران", "كم عدد قتلى داعش", "ومن قبل"}) {
      SearchResult r = searcher.search(q);
      assertNull(q, r.didYouMean());
      assertNull(q, r.readAs());
    }
  }

  public void testTheWordTypedBeforeIsContext() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "x", "هاجم التنظيم سجن غويران"));
      for (int i = 0; i < 3; i++) {
        w.add(SourceDocument.of("b" + i, "x", "معارك في غوطة دمشق وريف غوطة دمشق"));
      }
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        // غوطة is always followed by دمشق: the sequence comes too
        assertEquals(List.of("غوطة", "غوطة دمشق", "غويران"), texts(s.suggest("غو", 5)));
        // after سجن, the completion some passage holds beside it comes first
        assertEquals(
            List.of("سجن غويران", "سجن غوطة", "سجن غوطة دمشق"), texts(s.suggest("سجن غو", 5)));
        assertEquals(
            List.of("ريف غوطة", "ريف غوطة دمشق", "ريف غويران"), texts(s.suggest("ريف غو", 5)));
      }
    }
  }

  public void testDeletedDocumentsLeaveTheVocabulary() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "x", "هجوم على سجن غويران"));
      w.add(SourceDocument.of("b", "x", "قوات الأمن في القامشلي"));
      w.commit();
      w.delete("b");
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals(List.of(), s.suggest("القام", 5));
        assertEquals(List.of("غويران"), texts(s.suggest("غوي", 5)));
      }
    }
  }

  public void testTheCostIsReported() throws Exception {
    TypingAidsCost cost = searcher.typingAidsCost();
    assertTrue(cost.words() > 1000);
    assertTrue(cost.bytes() > 10_000);
  }
}
