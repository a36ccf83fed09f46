package dev.fahras.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
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
    return List.of(FahrasAnalysisPlugin.class);
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
    for (String analyzer : List.of("fahras_arabic", "fahras_arabic_exact")) {
      try (Analyzer library =
          analyzer.equals("fahras_arabic")
              ? new FahrasArabicAnalyzer()
              : FahrasArabicAnalyzer.builder().withStemming(false).build()) {
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
