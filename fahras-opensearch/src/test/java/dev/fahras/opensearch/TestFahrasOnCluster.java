package dev.fahras.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.analysis.Synonyms;
import dev.fahras.eval.EvalQuery;
import dev.fahras.eval.Evaluation;
import dev.fahras.eval.FahrasSystem;
import dev.fahras.eval.RetrievalSystem;
import dev.fahras.search.SearcherConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.search.SearchType;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.ScriptType;
import org.opensearch.script.mustache.MustacheModulePlugin;
import org.opensearch.script.mustache.SearchTemplateRequestBuilder;
import org.opensearch.test.OpenSearchIntegTestCase;

/**
 * The plugin on a real two-node cluster: the same tokens as the library, errors that name the
 * filter, and an index that survives a lost node. OpenSearch refuses to run as root: {@code
 * .ci/run} runs this as an unprivileged user (README, "OpenSearch").
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.SUITE, numDataNodes = 2)
public class TestFahrasOnCluster extends OpenSearchIntegTestCase {
  private static final String INDEX = "reports";

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(
        FahrasAnalysisPlugin.class, MustacheModulePlugin.class, CommonAnalysisModulePlugin.class);
  }

  private void createIndex(int shards, int replicas) {
    assertAcked(
        prepareCreate(INDEX)
            .setSettings(
                Settings.builder()
                    .put("index.number_of_shards", shards)
                    .put("index.number_of_replicas", replicas))
            .setMapping("text", "type=text,analyzer=fahras_arabic", "source", "type=keyword"));
  }

  /** Every line of the bundled reports: the cluster's tokens are the library's. */
  public void testTokenParity() throws Exception {
    createIndex(3, 1);
    ensureGreen(INDEX);
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(Path.of(System.getProperty("fahras.root", ".."), "testdata"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) lines.add(line);
        }
      }
    }
    assertTrue(lines.size() > 50);
    Map<String, FahrasArabicAnalyzer.Builder> analyzers =
        Map.of(
            "fahras_arabic",
            FahrasArabicAnalyzer.builder(),
            "fahras_arabic_exact",
            FahrasArabicAnalyzer.builder().withStemming(false),
            "fahras_arabic_stopwords",
            FahrasArabicAnalyzer.builder()
                .withStemming(false)
                .withStopwordMode(FahrasArabicAnalyzer.StopwordMode.ONLY_WITH_BARE),
            "fahras_arabic_stopwords_query",
            FahrasArabicAnalyzer.builder()
                .withStemming(false)
                .withStopwordMode(FahrasArabicAnalyzer.StopwordMode.ONLY));
    for (String analyzer : new java.util.TreeSet<>(analyzers.keySet())) {
      try (Analyzer library = analyzers.get(analyzer).build()) {
        for (String line : lines) {
          AnalyzeAction.Response r =
              client().admin().indices().prepareAnalyze(INDEX, line).setAnalyzer(analyzer).get();
          List<String> cluster = new ArrayList<>();
          for (AnalyzeAction.AnalyzeToken t : r.getTokens()) {
            cluster.add(
                t.getTerm()
                    + "@"
                    + t.getPosition()
                    + ":"
                    + t.getStartOffset()
                    + "-"
                    + t.getEndOffset());
          }
          List<String> expected = new ArrayList<>();
          for (AnalyzedToken t : AnalyzedToken.analyze(library, "text", line)) {
            expected.add(t.term() + "@" + t.position() + ":" + t.start() + "-" + t.end());
          }
          assertEquals(analyzer + ": " + line, expected, cluster);
        }
      }
    }
  }

  /**
   * The engine's synonym_graph in a search analyzer built from the parts: its rules, written with
   * hamza and ة, are read through the filters before it, so they match every spelling.
   */
  public void testSynonymGraphAmongTheParts() throws IOException {
    assertAcked(
        prepareCreate("syn")
            .setSettings(
                Settings.builder()
                    .put("analysis.filter.places.type", "synonym_graph")
                    .putList(
                        "analysis.filter.places.synonyms",
                        "سورية, الشام",
                        "أمريكا => الولايات المتحدة")
                    .put("analysis.analyzer.search.type", "custom")
                    .putList("analysis.analyzer.search.char_filter", "fahras_folding")
                    .put("analysis.analyzer.search.tokenizer", "uax_url_email")
                    .putList(
                        "analysis.analyzer.search.filter",
                        "fahras_dagger_alef",
                        "fahras_normalization",
                        "places",
                        "fahras_months",
                        "fahras_numbers",
                        "fahras_stop",
                        "fahras_light_stem")));
    // the same tokens as the library's query analyzer with the same rules (Synonyms)
    try (Analyzer library =
        FahrasArabicAnalyzer.builder()
            .withSynonyms(
                Synonyms.merged(false, Map.of("rules", "سورية, الشام\nأمريكا => الولايات المتحدة")))
            .build()) {
      for (String text : List.of("سوريه", "سوريّة", "الشام", "امريكا", "أميركا وسورية")) {
        List<String> expected =
            AnalyzedToken.analyze(library, "text", text).stream().map(AnalyzedToken::term).toList();
        assertEquals(text, expected, terms("syn", "search", text));
      }
      // the rule written with ة matched the text written with ه: the synonym is there
      assertTrue(terms("syn", "search", "سوريه").size() >= 2);
    }
  }

  /** The messages of {@code e} and its causes, one a line: the engine wraps ours. */
  private static String causes(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) b.append(t.getMessage()).append('\n');
    return b.toString();
  }

  private List<String> terms(String index, String analyzer, String text) {
    List<String> out = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken t :
        client()
            .admin()
            .indices()
            .prepareAnalyze(index, text)
            .setAnalyzer(analyzer)
            .get()
            .getTokens()) {
      out.add(t.getTerm());
    }
    return out;
  }

  /**
   * The bundled reports exported (`fahras export`), bulk-loaded into the shipped index template,
   * and the visible eval queries run through the shipped search template: MRR@10 and
   * SourceRecall@10 beside the embedded library and the engine's own {@code arabic} analyzer on the
   * same passages.
   */
  public void testRelevanceOnTheCluster() throws Exception {
    Path root = Path.of(System.getProperty("fahras.root", ".."));
    Path templates = root.resolve("fahras-opensearch/templates");
    ClusterFixtures.IndexTemplate shipped =
        ClusterFixtures.indexTemplate(templates.resolve("passages-index.json"));
    assertAcked(
        prepareCreate("fahras-passages")
            .setSettings(shipped.settings())
            .setMapping(shipped.mappings()));
    assertAcked(
        prepareCreate("arabic-passages")
            .setSettings(Settings.builder().put("index.number_of_shards", 3))
            .setMapping(ClusterFixtures.ARABIC_MAPPING));
    ensureGreen("fahras-passages", "arabic-passages");
    for (String index : List.of("fahras-passages", "arabic-passages")) {
      byte[] bulk = ClusterFixtures.export(root.resolve("testdata"), index);
      BulkResponse r =
          client()
              .prepareBulk()
              .add(bulk, 0, bulk.length, XContentType.JSON)
              .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
              .get();
      assertFalse(r.buildFailureMessage(), r.hasFailures());
    }
    // a query of stopwords only is a phrase on text.stop: من قبل stands in two reports, once each
    for (String q : List.of("من قبل", "ومن قبل")) {
      long found = hits("fahras-passages", QueryBuilders.matchPhraseQuery("text.stop", q));
      assertEquals(q, q.equals("من قبل") ? 2 : 0, found);
    }
    String template = ClusterFixtures.templateSource(templates.resolve("passages-search.json"));
    // with more=true each hit brings its document's next best passage as the inner hit "more"
    SearchResponse withMore =
        new SearchTemplateRequestBuilder(client())
            .setRequest(new SearchRequest("fahras-passages"))
            .setScriptType(ScriptType.INLINE)
            .setScript(template)
            .setScriptParams(Map.of("q", "مسؤول السجن", "more", true))
            .get()
            .getResponse();
    assertTrue(withMore.getHits().getHits().length > 0);
    assertTrue(
        Arrays.stream(withMore.getHits().getHits())
            .anyMatch(h -> h.getInnerHits() != null && h.getInnerHits().containsKey("more")));

    List<EvalQuery> queries = EvalQuery.read(root.resolve("testdata/eval/queries.jsonl"));
    Evaluation eval = new Evaluation(queries, root.resolve("testdata"));
    // fahras_match finds what the engine's match finds on the same analyzer; it only scores the
    // readings and related forms as the library does
    for (EvalQuery q : queries) {
      long[] found = {
        hits("fahras-passages", new FahrasMatchQueryBuilder("text", q.query())),
        hits("fahras-passages", QueryBuilders.matchQuery("text", q.query()))
      };
      assertEquals(q.query(), found[1], found[0]);
      assertTrue(q.query(), found[0] > 0);
    }
    Map<String, Map<String, Evaluation.Metrics>> results = new java.util.LinkedHashMap<>();
    try (RetrievalSystem cluster =
            new ClusterSystem(
                "cluster",
                q ->
                    new SearchTemplateRequestBuilder(client())
                        .setRequest(
                            new SearchRequest("fahras-passages")
                                .searchType(SearchType.DFS_QUERY_THEN_FETCH))
                        .setScriptType(ScriptType.INLINE)
                        .setScript(template)
                        .setScriptParams(Map.of("q", q))
                        .get()
                        .getResponse());
        RetrievalSystem arabic =
            new ClusterSystem(
                "arabic",
                q ->
                    client()
                        .prepareSearch("arabic-passages")
                        .setSearchType(SearchType.DFS_QUERY_THEN_FETCH)
                        .setQuery(QueryBuilders.matchQuery("text", q))
                        .setSize(10)
                        .get());
        RetrievalSystem library =
            new FahrasSystem(root.resolve("testdata"), SearcherConfig.defaults(), "library")) {
      List<Evaluation.QueryOutcome> outcomes = new ArrayList<>();
      for (RetrievalSystem system : List.of(cluster, arabic, library)) {
        results.put(system.name(), eval.run(system, outcomes));
      }
      // where the cluster and the library part ways: the first relevant rank of each
      Map<String, String> ranks = new java.util.TreeMap<>();
      for (Evaluation.QueryOutcome o : outcomes) {
        if (o.system().equals("arabic")) continue;
        ranks.merge(o.id(), o.system() + "=" + o.firstRelevantRank(), (x, y) -> x + " " + y);
      }
      ranks.forEach(
          (id, r) -> {
            String[] parts = r.split(" ");
            if (!parts[0].split("=")[1].equals(parts[1].split("=")[1])) {
              System.out.println("  " + id + ": " + r);
            }
          });
    }
    Evaluation.Metrics c = results.get("cluster").get(Evaluation.OVERALL);
    Evaluation.Metrics a = results.get("arabic").get(Evaluation.OVERALL);
    Evaluation.Metrics l = results.get("library").get(Evaluation.OVERALL);
    System.out.printf(
        Locale.ROOT,
        "relevance on the cluster (%d queries): MRR@10 / SourceRecall@10%n"
            + "  fahras_arabic + search template  %.3f / %.3f%n"
            + "  engine's arabic + match          %.3f / %.3f%n"
            + "  embedded library                 %.3f / %.3f%n",
        c.queries(),
        c.mrr(),
        c.sourceRecall(),
        a.mrr(),
        a.sourceRecall(),
        l.mrr(),
        l.sourceRecall());
    assertTrue(
        "below the engine's arabic analyzer",
        c.mrr() >= a.mrr() && c.sourceRecall() >= a.sourceRecall());
    assertTrue("more than 0.03 MRR below the library", c.mrr() >= l.mrr() - 0.03);
  }

  /**
   * {@code fahras_match} on a field the mapping lacks finds nothing; on a keyword it matches the
   * whole value, as the engine's {@code match} does; on a field that is not searched as text (a
   * number) it is refused, naming the field and its type.
   */
  public void testFahrasMatchOnOtherFields() {
    assertAcked(
        prepareCreate("fields")
            .setMapping(
                "text", "type=text,analyzer=fahras_arabic",
                "source", "type=keyword",
                "ordinal", "type=integer"));
    client()
        .prepareIndex("fields")
        .setSource(Map.of("text", "حاصرت القوات السجن", "source", "s", "ordinal", 3))
        .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
        .get();
    assertEquals(1, hits("fields", new FahrasMatchQueryBuilder("text", "والسجن")));
    assertEquals(1, hits("fields", new FahrasMatchQueryBuilder("source", "s")));
    assertEquals(0, hits("fields", new FahrasMatchQueryBuilder("no_such_field", "السجن")));
    Exception e =
        expectThrows(
            Exception.class, () -> hits("fields", new FahrasMatchQueryBuilder("ordinal", "3")));
    String chain = causes(e);
    assertTrue(chain, chain.contains("searches text fields") && chain.contains("[ordinal]"));
  }

  /** {@code operator} and {@code minimum_should_match} count words, as the engine's match does. */
  public void testFahrasMatchOperators() {
    assertAcked(prepareCreate("ops").setMapping("text", "type=text,analyzer=fahras_arabic"));
    for (String text : List.of("حاصرت القوات السجن", "السجن المركزي", "انسحبت القوات")) {
      client()
          .prepareIndex("ops")
          .setSource(Map.of("text", text))
          .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
          .get();
    }
    String q = "القوات والسجن";
    assertEquals(3, hits("ops", new FahrasMatchQueryBuilder("text", q)));
    assertEquals(1, hits("ops", new FahrasMatchQueryBuilder("text", q).operator(Operator.AND)));
    assertEquals(1, hits("ops", new FahrasMatchQueryBuilder("text", q).minimumShouldMatch("2")));
  }

  /** How many documents of {@code index} match {@code query}, counted exactly. */
  private long hits(String index, QueryBuilder query) {
    return client()
        .prepareSearch(index)
        .setQuery(query)
        .setTrackTotalHits(true)
        .get()
        .getHits()
        .getTotalHits()
        .value();
  }

  /** A misspelt parameter or a missing word list fails index creation, naming the filter. */
  public void testBadSettingsNameTheFilter() {
    Exception e =
        expectThrows(
            Exception.class,
            () ->
                prepareCreate("bad1")
                    .setSettings(
                        Settings.builder()
                            .put("analysis.filter.my_norm.type", "fahras_normalization")
                            .put("analysis.filter.my_norm.diacritcs", "false")
                            .put("analysis.analyzer.a.tokenizer", "standard")
                            .putList("analysis.analyzer.a.filter", "my_norm"))
                    .get());
    assertTrue(
        e.getMessage(), e.getMessage().contains("my_norm") && e.getMessage().contains("diacritcs"));
    e =
        expectThrows(
            Exception.class,
            () ->
                prepareCreate("bad2")
                    .setSettings(
                        Settings.builder()
                            .put("analysis.filter.my_stop.type", "fahras_stop")
                            .put("analysis.filter.my_stop.stopwords_path", "no/such/file.txt")
                            .put("analysis.analyzer.a.tokenizer", "standard")
                            .putList("analysis.analyzer.a.filter", "my_stop"))
                    .get());
    assertTrue(e.getMessage(), e.getMessage().contains("[my_stop]"));
    assertTrue(e.getMessage(), e.getMessage().contains("no/such/file.txt"));
    // a malformed synonym rule among the parts: refused (the engine's own synonym filter; its
    // message names the analyzer that holds it)
    e =
        expectThrows(
            Exception.class,
            () ->
                prepareCreate("bad3")
                    .setSettings(
                        Settings.builder()
                            .put("analysis.filter.my_syn.type", "synonym_graph")
                            .putList("analysis.filter.my_syn.synonyms", "سوريا => ")
                            .put("analysis.analyzer.a.tokenizer", "standard")
                            .putList(
                                "analysis.analyzer.a.filter", "fahras_normalization", "my_syn"))
                    .get());
    String chain = causes(e);
    assertTrue(chain, chain.contains("my_syn") || chain.contains("[a]"));
  }

  /** A data node lost after indexing: every query still answers from the replicas, in full. */
  public void testNodeLost() throws Exception {
    createIndex(3, 1);
    ensureGreen(INDEX);
    String[] texts = {"هاجم التنظيم السجن", "السجون في الحسكة", "مسؤول السجن", "قوات الأمن"};
    for (int i = 0; i < 40; i++) {
      client()
          .prepareIndex(INDEX)
          .setId("d" + i)
          .setSource("text", texts[i % texts.length] + " " + i, "source", "s" + (i % 5))
          .get();
    }
    refresh(INDEX);
    long before = hits("سجن");
    assertEquals(20, before); // السجن twice in four texts (the plural السجون is its own stem)
    internalCluster().stopRandomDataNode();
    ensureYellow(INDEX);
    assertEquals(before, hits("سجن"));
  }

  private long hits(String query) {
    SearchResponse r =
        client()
            .prepareSearch(INDEX)
            .setQuery(QueryBuilders.matchQuery("text", query))
            .setSize(0)
            .get();
    return r.getHits().getTotalHits().value();
  }
}
