package dev.fahras.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import dev.fahras.bench.Benchmarks;
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
import java.util.function.Consumer;
import java.util.function.Function;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.action.search.SearchType;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.ScriptType;
import org.opensearch.script.mustache.MustacheModulePlugin;
import org.opensearch.script.mustache.SearchTemplateRequestBuilder;
import org.opensearch.test.OpenSearchIntegTestCase;

/**
 * A benchmark, not a test: on a one-node cluster, bulk-indexing throughput of the bench corpus into
 * the shipped passage template ({@code fahras_arabic}) beside the engine's {@code arabic}, and
 * search latency of the search template beside a plain {@code match} on {@code arabic}, and the
 * engine's {@code match} beside {@code fahras_match} alone on the Fahras passages; with {@code
 * -Dfahras.bench.baseline=DIR}, also the templates in DIR (an earlier version's) beside the shipped
 * ones, searched interleaved with them. Prints tables; asserts nothing. As an unprivileged user
 * (OpenSearch refuses root):
 *
 * <pre>
 * mvn -pl fahras-opensearch -am verify -Dtest=BenchCluster -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dfahras.bench.corpus=bench-data/corpus.jsonl -Dfahras.bench.mb=50
 * </pre>
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.SUITE, numDataNodes = 1)
public class BenchCluster extends OpenSearchIntegTestCase {
  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(
        FahrasAnalysisPlugin.class, MustacheModulePlugin.class, CommonAnalysisModulePlugin.class);
  }

  public void testBench() throws Exception {
    Path root = Path.of(System.getProperty("fahras.root", ".."));
    String corpusName = System.getProperty("fahras.bench.corpus");
    assumeTrue("set -Dfahras.bench.corpus to run the benchmark", corpusName != null);
    long mb = Long.getLong("fahras.bench.mb", 50);
    int queries = Integer.getInteger("fahras.bench.queries", 2000);
    Path corpus = root.resolve(corpusName);
    Path head = createTempDir().resolve("head.jsonl");
    long bytes = firstMegabytes(corpus, head, mb);

    Path templates = root.resolve("fahras-opensearch/templates");
    // other templates (an earlier version's, say) side by side with the shipped ones
    String baselineDir = System.getProperty("fahras.bench.baseline");
    Path baseline = baselineDir == null ? null : root.resolve(baselineDir);
    Map<String, Path> kinds = new java.util.LinkedHashMap<>();
    kinds.put("fahras", templates);
    kinds.put("arabic", null);
    if (baseline != null) kinds.put("baseline", baseline);

    // each kind loaded once untimed first (its analysis chain compiled, the engine's paths warm),
    // then the same passages for each (export splits as the library does) in 5 MB requests
    Path warm = createTempDir().resolve("warm.jsonl");
    firstMegabytes(corpus, warm, Math.min(5, mb));
    for (var kind : kinds.entrySet()) {
      String index = kind.getKey() + "-warm";
      create(index, kind.getValue());
      load(index, ClusterFixtures.export(warm, index));
      assertAcked(client().admin().indices().prepareDelete(index));
    }
    Map<String, Double> seconds = new java.util.HashMap<>();
    for (var kind : kinds.entrySet()) {
      create(kind.getKey(), kind.getValue());
      seconds.put(kind.getKey(), load(kind.getKey(), ClusterFixtures.export(head, kind.getKey())));
    }
    double fahrasSeconds = seconds.get("fahras");
    double arabicSeconds = seconds.get("arabic");

    String searchTemplate =
        ClusterFixtures.templateSource(templates.resolve("passages-search.json"));
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(head, StandardCharsets.UTF_8)) {
      int t = line.indexOf("\"text\":\"");
      if (t >= 0) lines.add(line.substring(t + 8, Math.min(line.length(), t + 2000)));
    }
    List<String[]> mix = Benchmarks.queryMix(lines, queries + 500, 7);
    Consumer<String> template2 = templateSearch("fahras", searchTemplate);
    Consumer<String> match = top10("arabic", q -> QueryBuilders.matchQuery("text", q));
    // the query alone on the same passages, the engine's match beside fahras_match: what the
    // readings as one prunable clause save, apart from the template's collapse and highlighting
    Consumer<String> wordsMatch = top10("fahras", q -> QueryBuilders.matchQuery("text", q));
    Consumer<String> wordsFahrasMatch =
        top10("fahras", q -> new FahrasMatchQueryBuilder("text", q));
    List<Consumer<String>> systems =
        new ArrayList<>(List.of(match, template2, wordsMatch, wordsFahrasMatch));
    if (baseline != null) {
      systems.add(
          templateSearch(
              "baseline",
              ClusterFixtures.templateSource(baseline.resolve("passages-search.json"))));
    }
    for (int i = 0; i < 500; i++) { // warm-up, all
      for (Consumer<String> system : systems) system.accept(mix.get(i)[0]);
    }
    long[][] times = new long[systems.size()][queries];
    for (int i = 0; i < queries; i++) { // interleaved
      String q = mix.get(500 + i)[0];
      for (int k = 0; k < systems.size(); k++) {
        long s0 = System.nanoTime();
        systems.get(k).accept(q);
        times[k][i] = System.nanoTime() - s0;
      }
    }
    for (long[] t : times) Arrays.sort(t);
    long[] m = times[0];
    long[] t = times[1];
    double mbs = bytes / 1048576.0;
    System.out.printf(
        Locale.ROOT,
        "%n| one-node cluster, %.0f MB of %s | engine's arabic | fahras_arabic + template | ratio |%n"
            + "|---|--:|--:|--:|%n"
            + "| bulk indexing MB/s | %.1f | %.1f | %.2f× |%n"
            + "| search p50 ms (%d queries) | %.2f | %.2f | %.2f× |%n"
            + "| search p99 ms | %.2f | %.2f | %.2f× |%n",
        mbs,
        corpusName,
        mbs / arabicSeconds,
        mbs / fahrasSeconds,
        arabicSeconds / fahrasSeconds,
        queries,
        ms(m, 0.5),
        ms(t, 0.5),
        ms(t, 0.5) / ms(m, 0.5),
        ms(m, 0.99),
        ms(t, 0.99),
        ms(t, 0.99) / ms(m, 0.99));
    System.out.printf(
        Locale.ROOT,
        "%n| the query alone on the fahras_arabic passages (size 10) | p50 ms | p99 ms |%n"
            + "|---|--:|--:|%n");
    String[] names = {"engine's `match` on `text`", "`fahras_match` on `text`"};
    for (int k = 2; k < 4; k++) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f |%n",
          names[k - 2],
          ms(times[k], 0.5),
          ms(times[k], 0.99));
    }
    if (baseline == null) return;
    System.out.printf(
        Locale.ROOT,
        "%n| templates | bulk MB/s | template p50 ms | p99 ms |%n|---|--:|--:|--:|%n"
            + "| shipped | %.1f | %.2f | %.2f |%n| %s | %.1f | %.2f | %.2f |%n",
        mbs / fahrasSeconds,
        ms(t, 0.5),
        ms(t, 0.99),
        baselineDir,
        mbs / seconds.get("baseline"),
        ms(times[4], 0.5),
        ms(times[4], 0.99));
  }

  /** The {@code q} quantile of {@code sorted} nanoseconds, in milliseconds. */
  private static double ms(long[] sorted, double q) {
    return sorted[(int) (sorted.length * q)] / 1e6;
  }

  /**
   * An index named {@code index}, one shard: made as the index template in {@code dir} says, or,
   * without one, on the engine's {@code arabic}.
   */
  private void create(String index, Path dir) throws IOException {
    if (dir == null) {
      assertAcked(
          prepareCreate(index)
              .setSettings(
                  Settings.builder()
                      .put("index.number_of_shards", 1)
                      .put("index.number_of_replicas", 0))
              .setMapping(ClusterFixtures.ARABIC_MAPPING));
    } else {
      ClusterFixtures.IndexTemplate template =
          ClusterFixtures.indexTemplate(dir.resolve("passages-index.json"));
      Map<String, Object> settings = new java.util.HashMap<>(template.settings());
      settings.put("number_of_shards", 1);
      settings.put("number_of_replicas", 0);
      assertAcked(prepareCreate(index).setSettings(settings).setMapping(template.mappings()));
    }
    ensureGreen(index);
  }

  /** The search template {@code source} on {@code index}, each text its {@code q}. */
  private Consumer<String> templateSearch(String index, String source) {
    return q ->
        new SearchTemplateRequestBuilder(client())
            .setRequest(new SearchRequest(index).searchType(SearchType.QUERY_THEN_FETCH))
            .setScriptType(ScriptType.INLINE)
            .setScript(source)
            .setScriptParams(Map.of("q", q))
            .get();
  }

  /** A search of {@code index} for the best 10 passages by the query made of each text. */
  private Consumer<String> top10(String index, Function<String, QueryBuilder> query) {
    return q -> client().prepareSearch(index).setQuery(query.apply(q)).setSize(10).get();
  }

  /** Copies whole lines of {@code corpus} up to {@code mb} MB; returns the bytes copied. */
  private static long firstMegabytes(Path corpus, Path out, long mb) throws IOException {
    long limit = mb << 20;
    long n = 0;
    try (var r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
        var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && n < limit) {
        w.write(line);
        w.write('\n');
        n += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    return n;
  }

  /**
   * Seconds to bulk-load {@code ndjson} into {@code index}, in requests of about 5 MB, refreshed.
   */
  private double load(String index, byte[] ndjson) throws Exception {
    long start = System.nanoTime();
    int from = 0;
    while (from < ndjson.length) {
      int to = Math.min(ndjson.length, from + (5 << 20));
      // end on a request boundary: an even number of lines
      int lines = 0;
      for (int i = from; i < to; i++) if (ndjson[i] == '\n') lines++;
      while (to < ndjson.length && (ndjson[to - 1] != '\n' || lines % 2 != 0)) {
        if (ndjson[to++] == '\n') lines++;
      }
      BulkResponse r = client().prepareBulk().add(ndjson, from, to - from, XContentType.JSON).get();
      assertFalse(r.buildFailureMessage(), r.hasFailures());
      from = to;
    }
    client().admin().indices().prepareRefresh(index).get();
    return (System.nanoTime() - start) / 1e9;
  }
}
