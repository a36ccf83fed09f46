package dev.fahras.search;

import dev.fahras.analysis.Synonyms;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** End to end on the bundled reports: the tiny corpus → ranked passages. */
public class TestSearch extends BundledReportsTestCase {

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.docId() + "#" + h.passage()).toList();
  }

  public void testRankedIds() throws Exception {
    // the two passages that give the death toll 374 in digits
    SearchResult r = searcher.search("374");
    assertEquals(List.of("000#25", "002#3", "003#6", "002#2"), ids(r)); // 003#6 says it in words
    // diacritized query, undiacritized text and the other way round
    assertEquals("000", searcher.search("مُرْتَزِقَةُ تَنْظِيمِ دَاعِش").hits().get(0).docId());
    assertEquals("001", searcher.search("\"الوثيقة الاستخباراتية\"").hits().get(0).docId());
  }

  public void testHighlightLandsOnDiacritizedOriginal() throws Exception {
    SearchResult r =
        searcher.search(
            "السجن",
            SearchOptions.builder().withSources(Set.of("Unnamed Arabic news site")).build());
    assertFalse(r.hits().isEmpty());
    boolean diacritized = false;
    for (PassageHit h : r.hits()) {
      assertFalse(h.highlights().isEmpty());
      for (Span s : h.highlights()) {
        String word = h.text().substring(s.start(), s.end());
        // the word as written, diacritics and all, or its related plural (سجون)
        String letters = word.replaceAll("[\\u064B-\\u0652]", "");
        assertTrue(
            word, letters.equals("السجن") || letters.equals("للسجن") || letters.startsWith("سجون"));
        diacritized |= word.equals("السِّجن");
      }
    }
    assertTrue(diacritized);
  }

  /**
   * A phrase, typed or from a multi-word synonym, lights where the phrase matched, not its words
   * wherever they stand.
   */
  public void testPhrasesHighlightWhereTheyMatch() throws Exception {
    String text = "غويران حي في مدينة الحسكة، وفي الحي سجن غويران";
    SearcherConfig synonyms =
        SearcherConfig.builder()
            .withSynonyms(Synonyms.merged(false, Map.of("test", "سجن غويران, سجن الحسكة")))
            .build();
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("d", "s", text));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w, synonyms)) {
        assertEquals(List.of("سجن غويران"), lit(s.search("\"سجن غويران\""), text));
        // through the synonym سجن الحسكة: الحسكة of مدينة الحسكة is not part of it
        List<String> lit = lit(s.search("سجن غويران"), text);
        assertFalse(lit.toString(), lit.contains("الحسكة"));
      }
    }
  }

  private static List<String> lit(SearchResult r, String text) {
    return r.hits().get(0).highlights().stream()
        .map(h -> text.substring(h.start(), h.end()))
        .toList();
  }

  public void testNumberWordsHighlightedForDigits() throws Exception {
    SearchResult r =
        searcher.search(
            "374",
            SearchOptions.builder()
                .withSources(Set.of("Kurdish administration-aligned agency"))
                .build());
    PassageHit h = r.hits().get(0);
    List<String> lit =
        h.highlights().stream().map(s -> h.text().substring(s.start(), s.end())).toList();
    assertEquals(List.of("ثلاثمئة وأربعة وسبعين"), lit);
    // and the other way round: words find digits
    assertTrue(ids(searcher.search("ثلاثمائة وأربعة وسبعون")).contains("002#3"));
    // months: a Syriac name finds the Western one
    assertTrue(
        searcher.search("20 كانون الثاني").hits().stream()
            .anyMatch(x -> x.text().contains("20 يناير")));
  }

  public void testBrokenPluralOfParticipleAtQueryTime() throws Exception {
    // الحارس (the guard) finds حراس (guards): فاعل → فُعّال, at query time only
    PassageHit h = searcher.search("الحارس").hits().get(0);
    assertTrue(h.text(), h.text().contains("حراس") || h.text().contains("حرّاس"));
    // only فاعل → فُعّال: the plural-looking كتاب ("book") is not turned into a participle
    QueryFactory qf =
        new QueryFactory(
            dev.fahras.index.Schema.indexAnalyzer(new dev.fahras.analysis.FahrasArabicAnalyzer()));
    assertTrue(qf.build("حارس", SearchOptions.Mode.PLAIN).toString().contains("text:حراس"));
    assertFalse(qf.build("كتاب", SearchOptions.Mode.PLAIN).toString().contains("كاتب"));
    // فُعول also looks for its three radicals: the verbal noun meets the verb, the plural the
    // singular
    assertTrue(qf.build("الهجوم", SearchOptions.Mode.PLAIN).toString().contains("(text:هجم)^0.3"));
    assertTrue(qf.build("هروبهم", SearchOptions.Mode.PLAIN).toString().contains("(text:هرب)^0.3"));
    assertFalse(
        qf.build("قيود", SearchOptions.Mode.PLAIN)
            .toString()
            .contains("(text:قد)^0.3")); // a long vowel is no radical
    PassageHit single =
        searcher
            .search("السجون", SearchOptions.builder().withSources(Set.of("Enab Baladi")).build())
            .hits()
            .get(0);
    assertTrue(single.text(), single.text().contains("السجن") || single.text().contains("سجن"));
  }

  public void testQuestionsPreferTheirAnswerType() throws Exception {
    assertEquals(Set.of(AnswerType.COUNT), AnswerType.of("كم عدد القتلى؟"));
    assertEquals(Set.of(AnswerType.COUNT), AnswerType.of("ما هي حصيلة الهجوم"));
    assertEquals(Set.of(AnswerType.COUNT), AnswerType.of("وأعداد الضحايا"));
    assertEquals(Set.of(), AnswerType.of("عدنان في السجن"));
    assertEquals(Set.of(), AnswerType.of("الهجوم على السجن"));
    assertEquals(Set.of(AnswerType.DATE), AnswerType.of("متى بدأ الهجوم؟"));
    assertEquals(Set.of(AnswerType.DATE), AnswerType.of("ما تاريخ الهجوم"));
    assertEquals(Set.of(AnswerType.PLACE), AnswerType.of("أين يقع السجن؟"));
    assertEquals(Set.of(AnswerType.CAUSE), AnswerType.of("لماذا هاجم التنظيم السجن؟"));
    // the same words in both passages; only b holds the kind of answer the question asks for, and
    // that evidence (a number, a month) is never highlighted: it is not a word the user typed
    String plain = "قتل التنظيم الحراس في السجن، وقاوم الحراس في السجن طويلا";
    assertAnswerWins(
        "الحراس في السجن",
        "كم عدد الحراس الذين قتلوا في السجن؟",
        plain,
        "قتل التنظيم مئة وعشرين من الحراس داخل مبنى السجن الكبير في مدينة الحسكة",
        "مئة");
    String attack = "هاجم التنظيم السجن ليلا، وقاوم الحراس في السجن طويلا";
    assertAnswerWins(
        "هاجم التنظيم السجن",
        "متى هاجم التنظيم السجن؟",
        attack,
        "هاجم التنظيم السجن في العشرين من كانون الثاني بسيارة مفخخة عند البوابة",
        "كانون");
    assertAnswerWins(
        "هاجم التنظيم السجن",
        "أين هاجم التنظيم السجن؟",
        attack,
        "هاجم التنظيم السجن الواقع في حي غويران بمدينة الحسكة بسيارة مفخخة",
        "حي");
    assertAnswerWins(
        "هاجم التنظيم السجن",
        "لماذا هاجم التنظيم السجن؟",
        attack,
        "هاجم التنظيم السجن بهدف تهريب عناصره المعتقلين إلى خارج البلاد",
        "بهدف");
  }

  /**
   * Passage a (without the answer) wins the plain query; b (with it) wins the question, and the
   * evidence word {@code notLit} in b is not highlighted.
   */
  private static void assertAnswerWins(
      String query, String question, String a, String b, String notLit) throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s1", a));
      w.add(SourceDocument.of("b", "s2", b));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals(query, "a", s.search(query).hits().get(0).docId());
        PassageHit top = s.search(question).hits().get(0);
        assertEquals(question, "b", top.docId());
        for (Span sp : top.highlights())
          assertFalse(question, top.text().substring(sp.start(), sp.end()).startsWith(notLit));
      }
    }
  }

  public void testStopwordOnlyQuerySaysSo() throws Exception {
    SearchResult r = searcher.search("من هو؟");
    assertEquals(0, r.total()); // no report has من هو side by side
    assertEquals(SearchResult.Notice.ONLY_STOPWORDS, r.notice());
    assertNull(searcher.search("؟ !").notice()); // nothing to search, but no word either
    assertNull(searcher.search("ـــــ").notice()); // tatweel alone is no word, let alone a stopword
    assertNull(searcher.search("من هو قائد الحراس").notice());
    assertEquals(SearchResult.Notice.ONLY_EXCLUSIONS, searcher.search("-السجن").notice());
  }

  /**
   * A query of stopwords only finds the passages holding them side by side (gap 10 of the relevance
   * issue): ومن قبل as written, من قبل also inside ومن قبل, and the words lit.
   */
  public void testStopwordOnlyQueryFindsItsPhrase() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s1", "ومن قبل ذلك وقعت المعارك في المدينة"));
      w.add(SourceDocument.of("b", "s1", "قبل أن يصل الوفد إلى المدينة، ومن ثم غادر"));
      w.add(SourceDocument.of("c", "s2", "جاء البيان من قبل الشرطة"));
      w.add(SourceDocument.of("d", "s2", "فكيف يكون ذلك؟ سأل الوفد"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals(List.of("a"), docIds(s.search("ومن قبل")));
        assertEquals(Set.of("a", "c"), Set.copyOf(docIds(s.search("من قبل"))));
        assertEquals(List.of("c"), docIds(s.search("من قبل -المعارك")));
        assertEquals(List.of("d"), docIds(s.search("فكيف")));
        assertEquals(List.of(), docIds(s.search("قبل ومن")));
        SearchResult r = s.search("\"ومن قبل\"");
        assertEquals(SearchResult.Notice.ONLY_STOPWORDS, r.notice());
        PassageHit hit = r.hits().get(0);
        assertEquals(
            List.of("ومن قبل"),
            hit.highlights().stream()
                .map(sp -> hit.text().substring(sp.start(), sp.end()))
                .toList());
        // a content word takes the query back to meaning: no notice, every form found
        assertNull(s.search("قبل المدينة").notice());

        // advanced mode: the same phrases; a stopword beside other words is still no evidence
        SearchOptions adv = SearchOptions.builder().withMode(SearchOptions.Mode.ADVANCED).build();
        SearchResult quoted = s.search("\"ومن قبل\"", adv);
        assertEquals(List.of("a"), docIds(quoted));
        assertEquals(SearchResult.Notice.ONLY_STOPWORDS, quoted.notice());
        assertEquals(Set.of("a", "c"), Set.copyOf(docIds(s.search("\"من قبل\"", adv))));
        assertEquals(List.of("c"), docIds(s.search("\"من قبل\" -المعارك", adv)));
        assertEquals(List.of(), docIds(s.search("-المعارك", adv)));
        assertEquals(List.of("d"), docIds(s.search("فكيف", adv)));
        assertEquals(List.of(), docIds(s.search("title:فكيف", adv)));
        SearchResult mixed = s.search("الوفد في", adv);
        assertNull(mixed.notice());
        assertEquals(docIds(s.search("الوفد", adv)), docIds(mixed));
      }
    }
  }

  private static List<String> docIds(SearchResult r) {
    return r.hits().stream().map(PassageHit::docId).toList();
  }

  public void testArticleNeverLitAlone() throws Exception {
    for (PassageHit h : searcher.search("الهجوم على السجن").hits()) {
      for (Span s : h.highlights()) {
        String word = h.text().substring(s.start(), s.end());
        assertTrue(word, word.length() > 2);
        assertFalse(
            Character.isLetter(h.text().charAt(Math.max(0, s.start() - 1))) && s.start() > 0);
      }
    }
  }

  public void testPerDocumentCap() throws Exception {
    for (int cap : new int[] {1, 2, 3}) {
      SearchResult r =
          searcher.search(
              "السجن", SearchOptions.builder().withLimit(20).withPerDocument(cap).build());
      Map<String, Integer> per = new HashMap<>();
      for (PassageHit h : r.hits()) per.merge(h.docId(), 1, Integer::sum);
      for (int n : per.values()) assertTrue(n <= cap);
      // the cap is reached: every report has more passages about the prison than the cap
      assertEquals(cap, (int) java.util.Collections.max(per.values()));
    }
  }

  public void testPerSourceMode() throws Exception {
    SearchResult r =
        searcher.search(
            "سجن الصناعة", SearchOptions.builder().withPerSource(1).withLimit(10).build());
    Set<String> sources = new HashSet<>();
    for (PassageHit h : r.hits()) assertTrue("one passage per source", sources.add(h.source()));
    assertEquals(5, sources.size());
  }

  /**
   * Per-source counts follow the index as it changes: a document moved to another source, one
   * deleted; the sources read for counting are let go with the readers that held them.
   */
  public void testCountsFollowUpdates() throws Exception {
    SearchOptions counted = SearchOptions.builder().withCountSources(true).build();
    int keptBefore = SourceOrdinals.kept();
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s1", "اقتحم المهاجمون السجن فجرا"));
      w.add(SourceDocument.of("b", "s1", "حاصرت القوات السجن"));
      w.add(SourceDocument.of("c", "s2", "فر سجناء من السجن"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals(Map.of("s1", 2L, "s2", 1L), s.search("السجن", counted).sourceCounts());
        w.add(SourceDocument.of("b", "s3", "حاصرت القوات السجن"));
        w.delete("c");
        w.commit();
        s.refresh();
        assertEquals(Map.of("s1", 1L, "s3", 1L), s.search("السجن", counted).sourceCounts());
        assertEquals(Map.of("s3", 1L), s.search("القوات", counted).sourceCounts());
      }
    }
    assertEquals(keptBefore, SourceOrdinals.kept());
  }

  /**
   * Counts are exact whether the first stage saw every match (under its total-hits threshold: the
   * counts come along) or skipped some (a second pass counts them).
   */
  public void testCountsExactAboveAndBelowThreshold() throws Exception {
    SearchOptions counted = SearchOptions.builder().withCountSources(true).build();
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      for (int i = 0; i < 1600; i++) {
        String text = i % 4 == 0 ? "حاصرت القوات السجن" : "اقتحم المهاجمون السجن فجرا";
        w.add(SourceDocument.of("d" + i, "s" + (i % 3), text));
      }
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        SearchResult many = s.search("السجن", counted);
        assertEquals(Map.of("s0", 534L, "s1", 533L, "s2", 533L), many.sourceCounts());
        assertEquals(1600, many.total());
        assertTrue(many.totalExact());
        SearchResult few = s.search("القوات", counted);
        assertEquals(Map.of("s0", 134L, "s1", 133L, "s2", 133L), few.sourceCounts());
        assertEquals(400, few.total());
      }
    }
  }

  /** Equal scores are ordered by document id, within a segment and across segments alike. */
  public void testTiesOrderedByIdAcrossSegments() throws Exception {
    List<String> idsInOrder = new ArrayList<>(List.of("d", "b", "e", "a", "c", "ab"));
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      for (String id : idsInOrder) {
        w.add(SourceDocument.of(id, "s", "حاصرت القوات السجن"));
        if (!id.equals("e")) w.commit(); // e shares a segment with a
      }
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        List<String> found = docIds(s.search("السجن"));
        idsInOrder.sort(null);
        assertEquals(idsInOrder, found);
        for (PassageHit h : s.search("السجن").hits()) assertEquals("حاصرت القوات السجن", h.text());
      }
    }
  }

  public void testFiltersAndCounts() throws Exception {
    SearchResult all =
        searcher.search("داعش", SearchOptions.builder().withCountSources(true).build());
    assertEquals(5, all.sourceCounts().size());
    long sum = all.sourceCounts().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(all.total(), sum);
    SearchResult one =
        searcher.search("داعش", SearchOptions.builder().withSources(Set.of("Enab Baladi")).build());
    for (PassageHit h : one.hits()) assertEquals("Enab Baladi", h.source());
    assertEquals((long) all.sourceCounts().get("Enab Baladi"), one.total());
    SearchResult dated =
        searcher.search(
            "داعش",
            SearchOptions.builder()
                .withDateRange(LocalDate.of(2022, 1, 30), LocalDate.of(2022, 2, 28))
                .build());
    for (PassageHit h : dated.hits())
      assertTrue(h.date(), h.docId().equals("000") || h.docId().equals("002"));
    expectThrows(
        IllegalArgumentException.class,
        () ->
            SearchOptions.builder()
                .withDateRange(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1)));
  }

  public void testPagingIsStable() throws Exception {
    SearchOptions.Builder b = SearchOptions.builder().withPerDocument(100);
    List<String> all = ids(searcher.search("السجن", b.withLimit(30).build()));
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 30; offset += 7) {
      paged.addAll(ids(searcher.search("السجن", b.withLimit(7).withOffset(offset).build())));
    }
    assertEquals(all, paged.subList(0, all.size()));
    assertEquals(
        all, ids(searcher.search("السجن", b.withLimit(30).withOffset(0).build()))); // same again
  }

  /**
   * Arabic typed with the keyboard on an English layout, which finds nothing as typed, is searched
   * as the Arabic its keys give, and the result says so; a Latin query that is no slip is left be.
   */
  public void testWrongKeyboardLayout() throws Exception {
    SearchResult r = searcher.search("hgps;m");
    assertTrue(r.total() > 0);
    assertEquals(SearchResult.Notice.KEYBOARD_LAYOUT, r.notice());
    assertEquals("الحسكة", r.readAs());
    assertEquals("hgps;m", r.query());
    assertEquals(searcher.search("الحسكة").total(), r.total());
    SearchResult daesh = searcher.search("]hua");
    assertEquals("داعش", daesh.readAs());
    SearchResult nothing = searcher.search("qqqq");
    assertEquals(0, nothing.total());
    assertNull(nothing.notice());
    assertNull(nothing.readAs());
    assertNull(searcher.search("السجن").readAs());
  }

  public void testPlainModeNeverThrows() throws Exception {
    String[] odd = {
      "\"", "((", "AND", "title:", "*", "~", "+", "-", "\"سجن", "سجن)", "[a TO", "\\", "؟؟", "!!!",
      "-السجن", "ﻻ"
    };
    for (String q : odd) searcher.search(q); // no exception
    SearchResult must = searcher.search("+الهول السجن");
    assertFalse(must.hits().isEmpty());
    for (PassageHit h : must.hits()) assertTrue(h.text(), h.text().contains("الهول"));
    SearchResult not =
        searcher.search(
            "السجن -الصناعة", SearchOptions.builder().withLimit(50).withPerDocument(50).build());
    assertTrue(not.hits().size() > 10);
    for (PassageHit h : not.hits()) assertFalse(h.text(), h.text().contains("الصناعة"));
    assertEquals(0, searcher.search("من هو").total()); // only stopwords: nothing, no error
  }

  public void testAdvancedMode() throws Exception {
    SearchOptions adv = SearchOptions.builder().withMode(SearchOptions.Mode.ADVANCED).build();
    SearchResult src = searcher.search("source:\"Enab Baladi\" AND داعش", adv);
    assertTrue(src.total() > 0);
    for (PassageHit h : src.hits()) assertEquals("Enab Baladi", h.source());
    List<PassageHit> dated =
        searcher.search("date:[2022-02-01 TO 2022-02-01] AND السجن", adv).hits();
    assertFalse(dated.isEmpty());
    assertTrue(dated.stream().allMatch(h -> h.docId().equals("002")));
    // prefix and fuzzy run on the stems, normalized like them: أ → ا, hamza seats
    SearchResult prefix = searcher.search("مسئو*", adv);
    assertTrue(prefix.total() > 0);
    assertTrue(prefix.hits().get(0).highlights().size() > 0);
    // a prefix with the article, or longer than its words' stem (اشتباك), finds them all
    long clashes = searcher.search("اشتباك*", adv).total();
    assertTrue(clashes > 0);
    assertEquals(clashes, searcher.search("الاشتباك*", adv).total());
    assertEquals(clashes, searcher.search("اشتباكا*", adv).total());
    assertTrue(searcher.search("الأسايش~1", adv).total() > 0);
    // a prefix that is the article and a letter finds only stems that begin so: refused, saying
    // how long it must be
    for (String shortOne : new String[] {"ال*", "الح*", "وال*", "بالس*"}) {
      InvalidQueryException e =
          expectThrows(InvalidQueryException.class, () -> searcher.search(shortOne, adv));
      assertTrue(e.getMessage(), e.getMessage().contains("at least 2 letters after the article"));
    }
    assertTrue(searcher.search("الحس*", adv).total() > 10);
    assertTrue(searcher.search("title:هزيمة", adv).total() > 0);
    assertTrue(
        searcher.search("exact:\"سجن الصناعة\"", adv).total() > 0); // a phrase on the exact field
  }

  public void testAdvancedSyntaxErrors() throws Exception {
    SearchOptions adv = SearchOptions.builder().withMode(SearchOptions.Mode.ADVANCED).build();
    String[][] cases = {
      {"title:(سجن", "the query ends too early (position 11)"},
      {"سجن AND", "the query ends too early"},
      {"\"سجن", "the quote at position 1 is never closed"},
      {"سجن) هجوم", "syntax error at position 4: unexpected ')'"},
      {"سجن~~", "syntax error at position 5: unexpected '~'"},
      {"a OR OR b", "syntax error at position 6: unexpected 'OR'"},
      {"author:x", "unknown field 'author'"},
      {"س*", "a prefix needs at least 2"},
      {"date:[yesterday TO 2022-01-01]", "not a date"},
      {"date:\"\" AND سجن", "date: needs a day"},
      {"title:[a TO b]", "ranges work on the date field only"},
    };
    for (String[] c : cases) {
      InvalidQueryException e =
          expectThrows(InvalidQueryException.class, () -> searcher.search(c[0], adv));
      assertTrue(c[0] + " → " + e.getMessage(), e.getMessage().contains(c[1]));
      assertFalse(e.getMessage().contains("org.apache"));
      assertFalse(c[0] + " → " + e.getMessage(), e.getMessage().contains("<"));
    }
  }

  public void testLimits() throws Exception {
    expectThrows(
        InvalidQueryException.class,
        () -> searcher.search("س".repeat(QueryFactory.MAX_QUERY_CHARS + 1)));
    // a long plain query keeps its most informative words; it never fails for its length
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 100; i++) many.append("س").append(i).append(' ');
    searcher.search(many.toString());
    // a word repeated, or one with two readings, does not multiply clauses past Lucene's limit
    for (String word : new String[] {"السجن", "وأدرى", "هجوم على", "قسد 374"}) {
      String repeated = (word + " ").repeat(105);
      if (repeated.length() > QueryFactory.MAX_QUERY_CHARS) {
        repeated = repeated.substring(0, QueryFactory.MAX_QUERY_CHARS);
      }
      assertTrue(word, searcher.search(repeated).total() > 0 || word.equals("وأدرى"));
    }
    // 150 required words fit the budget; a phrase of 300 numbers (each also read as number
    // words, a second phrase) is what the user asked for: too many clauses, said so
    StringBuilder required = new StringBuilder();
    for (int i = 0; i < 150; i++) required.append("+س").append(i).append(' ');
    assertEquals(0, searcher.search(required.toString()).total());
    StringBuilder numbers = new StringBuilder("\"");
    for (int i = 0; i < 300; i++) numbers.append(i % 9 + 1).append(' ');
    String phrase = numbers.toString().strip() + "\"";
    InvalidQueryException e =
        expectThrows(InvalidQueryException.class, () -> searcher.search(phrase));
    assertTrue(e.getMessage(), e.getMessage().contains("clauses"));
    expectThrows(IllegalArgumentException.class, () -> SearchOptions.builder().withLimit(0));
    expectThrows(
        IllegalArgumentException.class, () -> SearchOptions.builder().withTimeoutMillis(0));
  }

  /** A 30-word question quoting a passage: answered, not refused for its clauses. */
  public void testThirtyWordQuestion() throws Exception {
    String q =
        "ما هو عدد القتلى الذين سقطوا في الهجوم الذي شنه تنظيم داعش على سجن غويران في مدينة"
            + " الحسكة شمال شرق سوريا في شهر كانون الثاني من عام 2022 وكم استمرت المعارك هناك";
    assertTrue(q.split(" ").length >= 30);
    assertFalse(searcher.search(q).hits().isEmpty());
  }

  /**
   * Users paste a passage to find where a quote came from: every passage of the bundled reports, up
   * to the query length limit, finds itself (or a passage with the same words) at rank 1.
   */
  public void testPastedPassageFindsItself() throws Exception {
    int checked = 0;
    for (String id : searcher.documentIds()) {
      SearchOptions all =
          SearchOptions.builder()
              .withMode(SearchOptions.Mode.ADVANCED)
              .withLimit(1000)
              .withPerDocument(1000)
              .withHighlight(false)
              .build();
      for (PassageHit passage : searcher.search("id:\"" + id + "\"", all).hits()) {
        String text = passage.text();
        String query = text.length() <= QueryFactory.MAX_QUERY_CHARS ? text : cut(text);
        PassageHit top =
            searcher.search(query, SearchOptions.builder().withLimit(1).build()).hits().get(0);
        String pasted = id + "#" + passage.passage();
        String found = top.docId() + "#" + top.passage();
        if (!found.equals(pasted)) {
          assertEquals("pasted " + pasted + ", got " + found, words(text), words(top.text()));
        }
        checked++;
      }
    }
    assertTrue("only " + checked + " passages", checked > 50);
  }

  private static String cut(String text) {
    String head = text.substring(0, QueryFactory.MAX_QUERY_CHARS);
    return head.substring(0, head.lastIndexOf(' '));
  }

  private static String words(String text) {
    return text.replaceAll("[\\p{P}\\s]+", " ").strip();
  }

  public void testExplain() throws Exception {
    SearchResult r = searcher.search("اعترافات المرتزقة");
    PassageHit h = r.hits().get(0);
    HitExplanation e = searcher.explain("اعترافات المرتزقة", SearchOptions.defaults(), h);
    assertEquals(h.score(), e.score(), 1e-4);
    assertTrue(e.details().contains("weight("));
    // exact forms are opt-in: switched on, they show as matches of their own
    try (FahrasSearcher withExact =
        FahrasSearcher.open(
            writer, SearcherConfig.builder().withEvidence(Evidence.EXACT_FORMS).build())) {
      PassageHit top = withExact.search("اعترافات المرتزقة").hits().get(0);
      HitExplanation x = withExact.explain("اعترافات المرتزقة", SearchOptions.defaults(), top);
      assertEquals(top.score(), x.score(), 1e-4);
      assertTrue(x.matches().stream().anyMatch(m -> m.field().equals("exact")));
      assertFalse(e.matches().stream().anyMatch(m -> m.field().equals("exact")));
    }
  }

  public void testMisspeltWordFindsItsVariant() throws Exception {
    // no passage holds the stem of المرتزكة: beside a word that is found, it is looked for one
    // edit away (مرتزق); alone, the query is searched as the index spells it, and says so
    SearchResult alone = searcher.search("المرتزكة");
    assertEquals(SearchResult.Notice.SPELLING, alone.notice());
    assertEquals("المرتزقة", alone.readAs());
    SearchResult r = searcher.search("المرتزكة داعش");
    assertFalse(r.hits().isEmpty());
    assertTrue(r.hits().get(0).text(), r.hits().get(0).text().contains("مرتزق"));
    // a word the index holds is not widened: سجون finds no سجين by one edit
    for (PassageHit h : searcher.search("سجون").hits()) {
      assertFalse(h.text(), h.text().contains("سجين") && !h.text().contains("سجون"));
    }
    // and the switch turns it off
    try (FahrasSearcher strict =
        FahrasSearcher.open(
            writer, SearcherConfig.builder().withoutEvidence(Evidence.SPELLING_VARIANTS).build())) {
      for (PassageHit h : strict.search("المرتزكة داعش").hits()) {
        assertTrue(h.text(), h.text().contains("داعش"));
      }
    }
  }

  /**
   * A word found once its proclitic is read off (لداعش as داعش) is no misspelling: no variants are
   * looked for; a number word found only as its digits (اثنان as 2) still is.
   */
  public void testWordFoundWithoutItsProcliticIsNotWidened() throws Exception {
    QueryFactory factory =
        new QueryFactory(dev.fahras.index.Schema.indexAnalyzer(IndexConfig.defaults().analyzer()));
    Set<String> held = Set.of("داعش", "2", "سجن");
    InformativeWords.DocFreq docFreq = term -> held.contains(term) ? 3 : 0;
    assertEquals(0, fuzzyClauses(factory.build("لداعش السجن", SearchOptions.Mode.PLAIN, docFreq)));
    assertEquals(1, fuzzyClauses(factory.build("اثنان السجن", SearchOptions.Mode.PLAIN, docFreq)));
  }

  private static int fuzzyClauses(RankedQuery q) {
    int[] n = {0};
    q.candidates()
        .visit(
            new org.apache.lucene.search.QueryVisitor() {
              @Override
              public void visitLeaf(org.apache.lucene.search.Query query) {
                if (query instanceof org.apache.lucene.search.FuzzyQuery) n[0]++;
              }

              @Override
              public void consumeTermsMatching(
                  org.apache.lucene.search.Query query,
                  String field,
                  java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton>
                      automaton) {
                if (query instanceof org.apache.lucene.search.FuzzyQuery) n[0]++;
              }

              @Override
              public org.apache.lucene.search.QueryVisitor getSubVisitor(
                  org.apache.lucene.search.BooleanClause.Occur occur,
                  org.apache.lucene.search.Query parent) {
                return this;
              }
            });
    return n[0];
  }

  /**
   * A number in a phrase may be written otherwise in the text; the words after it then stand
   * further away in the index, and only then is the phrase loosened (a sloppy phrase costs).
   */
  public void testPhraseWithANumberWrittenOtherwise() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults())) {
      w.add(SourceDocument.of("a", "s", "قتل ثلاثمائة وأربعة وسبعين مرتزقا في الهجوم"));
      w.add(SourceDocument.of("b", "s", "مرتزقا قتل في الهجوم"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w)) {
        assertEquals(List.of("a"), docIds(s.search("\"374 مرتزقا\"")));
        assertEquals(List.of("a"), docIds(s.search("\"ثلاثمئة وأربع وسبعون مرتزقا\"")));
        assertEquals(List.of("a"), docIds(s.search("\"قتل 374\"")));
      }
    }
    QueryFactory factory =
        new QueryFactory(dev.fahras.index.Schema.indexAnalyzer(IndexConfig.defaults().analyzer()));
    String ending = factory.build("\"قتل 374\"", SearchOptions.Mode.PLAIN).toString();
    assertFalse(ending, ending.contains("~"));
    String before = factory.build("\"374 مرتزقا\"", SearchOptions.Mode.PLAIN).toString();
    assertTrue(before, before.contains("~"));
  }

  public void testRerankedScoreIsTheFullQueryScore() throws Exception {
    // the two stages add up to the one-query score for every hit of every bundled question
    int checked = 0;
    boolean phrase = false;
    for (String line : Files.readAllLines(Path.of("testdata/eval/queries.jsonl"))) {
      if (line.isBlank()) continue;
      // read as JSON: a quoted phrase is an escaped quote in the line
      String q = dev.fahras.corpus.JsonRecord.parse(line).string("q");
      phrase |= q.startsWith("\"");
      List<PassageHit> hits = searcher.search(q).hits();
      assertFalse(q, hits.isEmpty());
      for (PassageHit h : hits) {
        assertEquals(q, searcher.explain(q, SearchOptions.defaults(), h).score(), h.score(), 1e-3f);
        checked++;
      }
    }
    assertTrue(phrase);
    assertTrue(checked > 100);
  }

  public void testConcurrentSearchWhileIndexing() throws Exception {
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(IndexConfig.defaults());
        FahrasSearcher s = FahrasSearcher.open(w)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        Future<?> indexing =
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++)
                    w.add(SourceDocument.of("d" + i, "s" + (i % 3), "هجوم على السجن رقم " + i));
                  return null;
                });
        List<Future<Long>> searches = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          searches.add(
              pool.submit(
                  () -> {
                    long last = 0;
                    while (!indexing.isDone()) {
                      s.refresh();
                      long n = s.search("السجن").total();
                      assertTrue("counts never go backwards", n >= last);
                      last = n;
                    }
                    return last;
                  }));
        }
        indexing.get();
        for (Future<Long> f : searches) f.get();
        s.refresh();
        assertEquals(300, s.search("السجن").total());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  public void testStoredDocumentKeepsBoilerplate() throws Exception {
    StoredDocument d = searcher.document("004");
    assertTrue(d.boilerplateLines().contains("ادعم عنب بلدي"));
    assertTrue(d.text().contains("ادعم عنب بلدي"));
    assertEquals(
        0,
        searcher.search("ادعم عنب بلدي \"للمساهمة\"").hits().stream()
            .filter(h -> h.text().contains("ادعم"))
            .count());
  }
}
