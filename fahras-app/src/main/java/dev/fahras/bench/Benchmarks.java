package dev.fahras.bench;

import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.Indexer;
import dev.fahras.index.Schema;
import dev.fahras.search.Evidence;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.QuoteHit;
import dev.fahras.search.QuoteResult;
import dev.fahras.search.SearchOptions;
import dev.fahras.search.SearcherConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * Speed benchmarks that print Markdown tables, Fahras beside stock Lucene in the same run on the
 * same text. Ratios matter, not absolute times: machines are noisy. Not thread-safe.
 */
public final class Benchmarks {
  private final Path corpus;
  private final Path work;

  /** Where scratch indexes go: {@link #work}, or one temporary folder made on first use. */
  private Path scratchBase;

  private final PrintWriter out;

  public Benchmarks(Path corpus, Path work, PrintWriter out) {
    this.corpus = corpus;
    this.work = work;
    this.out = out;
  }

  // ---- input

  /** Documents totalling about {@code mb} MB of UTF-8 text; the corpus is cycled if smaller. */
  List<SourceDocument> documents(long mb) throws IOException {
    Path path = corpus != null ? corpus : Path.of("testdata");
    List<SourceDocument> docs = new ArrayList<>();
    long bytes = 0;
    long target = mb << 20;
    int round = 0;
    while (bytes < target) {
      int before = docs.size();
      try (DocumentSource source = Sources.open(path, ReadOptions.DEFAULT)) {
        SourceDocument d;
        while ((d = source.next()) != null && bytes < target) {
          docs.add(
              round == 0
                  ? d
                  : new SourceDocument(
                      d.id() + "-" + round,
                      d.source(),
                      d.title(),
                      d.date(),
                      d.url(),
                      d.text(),
                      d.extra()));
          bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
      }
      if (docs.size() == before) throw new IOException(path + " has no documents");
      round++;
    }
    return docs;
  }

  private void header(String title) {
    header(title, corpus == null ? "testdata (cycled)" : corpus.toString());
  }

  private void header(String title, String corpusName) {
    Runtime rt = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "%n### %s%n%nJava %s, %d cores, max heap %d MB, Lucene %s, corpus %s%n%n",
        title,
        Runtime.version(),
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        Version.LATEST,
        corpusName);
  }

  // ---- analysis

  /** Forks per chain: each runs every chain once, in a rotated order. */
  private static final int ANALYSIS_FORKS = 3;

  public void analysis(int mb) throws IOException, InterruptedException {
    int chains = AnalysisChains.NAMES.length;
    long[][] times = new long[chains][ANALYSIS_FORKS * AnalysisChains.ROUNDS];
    long[] tokens = new long[chains];
    long bytes = 0;
    for (int fork = 0; fork < ANALYSIS_FORKS; fork++) {
      for (int k = 0; k < chains; k++) {
        int s = (fork + k) % chains;
        List<String> lines = fork(s, mb);
        for (int r = 0; r < AnalysisChains.ROUNDS; r++) {
          String[] parts = lines.get(r).split(" ");
          times[s][fork * AnalysisChains.ROUNDS + r] = Long.parseLong(parts[0]);
          tokens[s] = Long.parseLong(parts[1]);
        }
        bytes = Long.parseLong(lines.get(AnalysisChains.ROUNDS).substring("bytes ".length()));
      }
    }
    header(
        "Analysis: "
            + (bytes >> 20)
            + " MB, one thread; each chain in its own JVM, "
            + ANALYSIS_FORKS
            + " JVMs per chain (the chains rotated), "
            + AnalysisChains.ROUNDS
            + " rounds each after "
            + AnalysisChains.WARMUP_ROUNDS
            + " warm-up rounds; thread CPU time");
    double stockMedian = median(times[AnalysisChains.STOCK]);
    double stockBest = Arrays.stream(times[AnalysisChains.STOCK]).min().orElse(1);
    // the best round is the steadier estimate on a shared machine: noise only ever adds time
    out.println(
        "| chain | MB/s | M tokens/s | time vs stock (median round) | time vs stock (best round) |");
    out.println("|---|--:|--:|--:|--:|");
    for (int s = 0; s < chains; s++) {
      double sec = median(times[s]) / 1e9;
      double best = Arrays.stream(times[s]).min().orElse(1);
      out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.2f | %.2f× | %.2f× |%n",
          AnalysisChains.NAMES[s],
          bytes / 1048576.0 / sec,
          tokens[s] / 1e6 / sec,
          median(times[s]) / stockMedian,
          best / stockBest);
    }
  }

  /** Runs chain {@code s} in a JVM of its own; its output lines. */
  private List<String> fork(int s, int mb) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            AnalysisChains.class.getName(),
            Integer.toString(s),
            Integer.toString(mb),
            corpus == null ? "-" : corpus.toString());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    List<String> lines;
    try (var r = p.inputReader(StandardCharsets.UTF_8)) {
      lines = r.lines().toList();
    }
    if (p.waitFor() != 0 || lines.size() != AnalysisChains.ROUNDS + 1) {
      throw new IOException("the analysis benchmark's child JVM failed: " + lines);
    }
    return lines;
  }

  private static double median(long[] xs) {
    long[] c = xs.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  // ---- indexing

  /** Measured rounds per system and thread count; the table shows the median round. */
  private static final int INDEX_ROUNDS = 3;

  public void indexing(int mb) throws Exception {
    List<SourceDocument> docs = documents(mb);
    long bytes = 0;
    for (SourceDocument d : docs) bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
    header(
        "Indexing: "
            + docs.size()
            + " documents, "
            + (bytes >> 20)
            + " MB; RAM buffer 64 MB, commit at the end; "
            + "one warm-up round, then "
            + INDEX_ROUNDS
            + " rounds alternating the systems, median shown");
    out.println(
        "| system | threads | docs/s | MB/s | index MB | peak heap MB | throughput vs stock |");
    out.println("|---|--:|--:|--:|--:|--:|--:|");
    List<SourceDocument> warm = docs.subList(0, Math.max(1, docs.size() / 5));
    for (int s = 0; s < 2; s++) delete(indexRound(s, warm, 2));
    for (int threads : new int[] {1, 2}) {
      long[][] nanos = new long[2][INDEX_ROUNDS];
      long[] sizes = new long[2];
      long[] peaks = new long[2];
      for (int r = 0; r < INDEX_ROUNDS; r++) {
        // alternate which system goes first, so neither always meets a warmer or busier machine
        for (int k = 0; k < 2; k++) {
          int s = (r + k) % 2;
          gcAndResetPeaks();
          long t0 = System.nanoTime();
          Path dir = indexRound(s, docs, threads);
          nanos[s][r] = System.nanoTime() - t0;
          peaks[s] = Math.max(peaks[s], heapPeak());
          sizes[s] = size(dir);
          delete(dir);
        }
      }
      double stockSec = median(nanos[0]) / 1e9;
      for (int s = 0; s < 2; s++) {
        double sec = median(nanos[s]) / 1e9;
        out.printf(
            Locale.ROOT,
            "| %s | %d | %.0f | %.1f | %.1f | %d | %.2f× |%n",
            s == 0
                ? "Lucene ArabicAnalyzer (line = passage)"
                : "Fahras (passages: stemmed with exact-form payloads, stopwords)",
            threads,
            docs.size() / sec,
            bytes / 1048576.0 / sec,
            sizes[s] / 1048576.0,
            peaks[s] >> 20,
            stockSec / sec);
      }
    }
  }

  /** Indexes {@code docs} with system {@code s} (0 stock, 1 Fahras) into a new scratch folder. */
  private Path indexRound(int s, List<SourceDocument> docs, int threads) throws Exception {
    Path dir = scratch("index-" + s + "-" + threads);
    if (s == 0) indexStock(docs, dir, threads);
    else indexFahras(docs, dir, threads);
    return dir;
  }

  private static void indexStock(List<SourceDocument> docs, Path dir, int threads)
      throws Exception {
    IndexWriterConfig iwc = new IndexWriterConfig(new ArabicAnalyzer());
    iwc.setRAMBufferSizeMB(64);
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, iwc)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int slice = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = slice; i < docs.size(); i += threads) {
                    w.addDocuments(dev.fahras.eval.StockLuceneSystem.lineDocuments(docs.get(i)));
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) f.get();
      pool.shutdown();
      w.commit();
    }
  }

  private static void indexFahras(List<SourceDocument> docs, Path dir, int threads)
      throws IOException {
    try (FahrasIndexWriter w =
        FahrasIndexWriter.open(dir, IndexConfig.builder().withRamBufferMb(64).build())) {
      new Indexer(w)
          .withThreads(threads)
          .withCommitEvery(Long.MAX_VALUE, Long.MAX_VALUE)
          .run(new ListSource(docs));
    }
  }

  /** A document source over a list, for benchmarks and tests. */
  static final class ListSource implements DocumentSource {
    private final List<SourceDocument> docs;
    private int next;

    ListSource(List<SourceDocument> docs) {
      this.docs = docs;
    }

    @Override
    public SourceDocument next() {
      return next < docs.size() ? docs.get(next++) : null;
    }

    @Override
    public long bytesRead() {
      return 0;
    }

    @Override
    public long totalBytes() {
      return -1;
    }

    @Override
    public void close() {}
  }

  private static void gcAndResetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    return peak;
  }

  private Path scratch(String name) throws IOException {
    if (scratchBase == null)
      scratchBase = work != null ? work : Files.createTempDirectory("fahras-bench");
    Path base = scratchBase;
    Path dir = base.resolve(name);
    delete(dir);
    Files.createDirectories(dir);
    return dir;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  // ---- search

  static final int SEARCH_SEGMENTS = 5;

  /** What the built stock index records: its documents carry their source since version 2. */
  private static final String STOCK_INDEX_VERSION = "stock 2 (source)";

  /** What a built search index records: rebuilt when the schema, analyzer or merging changes. */
  private static String searchIndexVersion() {
    return Schema.VERSION
        + " "
        + Schema.describe(IndexConfig.defaults().analyzer())
        + " segments="
        + SEARCH_SEGMENTS;
  }

  /** Merges the index in {@code dir} down to at most {@code segments}, keeping its commit data. */
  private static void mergeTo(Path dir, int segments) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w =
            new IndexWriter(
                d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.forceMerge(segments);
      w.commit();
    }
  }

  public void search(int passages, int queries) throws Exception {
    Path path = corpus != null ? corpus : Path.of("bench-data/corpus.jsonl");
    if (!Files.exists(path)) {
      throw new IOException(
          path + " is missing; generate it with bench/make-corpus.sh (or pass --corpus)");
    }
    Path base = work != null ? work : Path.of("bench-data");
    Path fahrasDir = base.resolve("search-fahras-" + passages);
    Path stockDir = base.resolve("search-stock-" + passages);
    List<String> sample = new ArrayList<>();
    boolean fahrasBuilt = isBuilt(fahrasDir, searchIndexVersion());
    boolean stockBuilt = isBuilt(stockDir, STOCK_INDEX_VERSION);
    if (!fahrasBuilt || !stockBuilt) {
      buildSearchIndexes(
          path, passages, fahrasBuilt ? null : fahrasDir, stockBuilt ? null : stockDir);
    }
    try (DocumentSource source = Sources.open(path, ReadOptions.DEFAULT)) {
      SourceDocument d;
      while ((d = source.next()) != null && sample.size() < 20_000) {
        for (String line : d.text().split("\n")) if (!line.isBlank()) sample.add(line);
      }
    }
    List<String[]> mix = queryMix(sample, queries + 500, 7);
    header(
        "Search: "
            + passages
            + " passages, "
            + queries
            + " seeded queries after 500 warm-up, one thread",
        path.toString());
    try (FahrasSearcher fahras = FahrasSearcher.open(fahrasDir);
        FahrasSearcher optIn =
            FahrasSearcher.open(
                fahrasDir,
                IndexConfig.defaults(),
                SearcherConfig.builder().withEvidence(Evidence.values()).build());
        FSDirectory sd = FSDirectory.open(stockDir);
        DirectoryReader reader = DirectoryReader.open(sd)) {
      IndexSearcher stock = new IndexSearcher(reader);
      Analyzer stockAnalyzer = new ArabicAnalyzer();
      out.println(
          "Passages indexed: Fahras "
              + fahras.passageCount()
              + ", stock "
              + reader.numDocs()
              + ".");
      out.println();
      out.println("| system | p50 ms | p95 ms | p99 ms | mean ms |");
      out.println("|---|--:|--:|--:|--:|");
      String[] names = {
        "Lucene ArabicAnalyzer (classic parser, top 10, stored text)",
        "Fahras, no highlighting",
        "Fahras, with highlighting (default)",
        "Fahras, highlighting + per-source counts",
        "Fahras, per-source mode (best passage per source)",
        "Fahras, every opt-in evidence on too, with highlighting"
      };
      // every system runs the 500 warm-up queries before any is measured, so the first measured
      // row does not pay for the JIT
      for (int s = 0; s < names.length; s++) {
        for (int i = 0; i < 500; i++)
          runSearch(s, mix.get(i), s == 5 ? optIn : fahras, stock, stockAnalyzer);
      }
      for (int s = 0; s < names.length; s++) {
        long[] lat = new long[queries];
        for (int i = 500; i < mix.size(); i++) {
          long t0 = System.nanoTime();
          runSearch(s, mix.get(i), s == 5 ? optIn : fahras, stock, stockAnalyzer);
          lat[i - 500] = System.nanoTime() - t0;
        }
        Arrays.sort(lat);
        double mean = Arrays.stream(lat).average().orElse(0) / 1e6;
        out.printf(
            Locale.ROOT,
            "| %s | %.2f | %.2f | %.2f | %.2f |%n",
            names[s],
            lat[queries / 2] / 1e6,
            lat[(int) (queries * 0.95)] / 1e6,
            lat[(int) (queries * 0.99)] / 1e6,
            mean);
      }
    }
  }

  /**
   * Counterparts of one passage at the search benchmark's size: passages of sampled documents of
   * the corpus (after 100 warm-up calls), p50 / p95 / p99 of {@code FahrasSearcher.counterparts}.
   */
  public void counterparts(int passages, int calls) throws Exception {
    Path path = benchCorpus();
    Path fahrasDir = builtSearchIndex(passages);
    List<String> ids = new ArrayList<>();
    try (DocumentSource source = Sources.open(path, ReadOptions.DEFAULT)) {
      SourceDocument d;
      while ((d = source.next()) != null && ids.size() < 20_000) ids.add(d.id());
    }
    SplittableRandom rnd = new SplittableRandom(11);
    header(
        "Counterparts: " + passages + " passages, " + calls + " passages compared",
        path.toString());
    try (FahrasSearcher fahras = FahrasSearcher.open(fahrasDir)) {
      long[] lat = new long[calls];
      int found = 0;
      for (int i = -100; i < calls; i++) {
        String id = ids.get(rnd.nextInt(ids.size()));
        int passage = rnd.nextInt(Math.max(1, Math.min(3, fahras.passageCount(id))));
        long t0 = System.nanoTime();
        int n = fahras.counterparts(id, passage, 5).size();
        if (i >= 0) {
          lat[i] = System.nanoTime() - t0;
          if (n > 0) found++;
        }
      }
      Arrays.sort(lat);
      out.println("| call | p50 ms | p95 ms | p99 ms | with a counterpart |");
      out.println("|---|--:|--:|--:|--:|");
      out.printf(
          Locale.ROOT,
          "| counterparts of one passage (up to 5) | %.2f | %.2f | %.2f | %d of %d |%n",
          lat[calls / 2] / 1e6,
          lat[(int) (calls * 0.95)] / 1e6,
          lat[(int) (calls * 0.99)] / 1e6,
          found,
          calls);
    }
  }

  /**
   * The quote finder at the search benchmark's size: 60 consecutive words of sampled documents
   * (after 100 warm-up calls), p50 / p95 / p99 of {@code FahrasSearcher.quotes}, and how often the
   * document they were taken from is reported as carrying them whole.
   */
  public void quotes(int passages, int calls) throws Exception {
    Path path = benchCorpus();
    Path fahrasDir = builtSearchIndex(passages);
    SplittableRandom rnd = new SplittableRandom(13);
    List<String[]> quotes = new ArrayList<>(); // {document id, 60 words of its passages}
    try (DocumentSource source = Sources.open(path, ReadOptions.DEFAULT);
        FahrasSearcher fahras = FahrasSearcher.open(fahrasDir)) {
      SourceDocument d;
      while ((d = source.next()) != null && quotes.size() < calls + 100) {
        if (rnd.nextInt(4) != 0) continue;
        String[] words = fahras.document(d.id()).textWithoutBoilerplate().strip().split("\\s+");
        if (words.length < 60) continue;
        int from = rnd.nextInt(words.length - 59);
        quotes.add(
            new String[] {d.id(), String.join(" ", Arrays.copyOfRange(words, from, from + 60))});
      }
    }
    header(
        "Quote finder: " + passages + " passages, " + calls + " quotes of 60 words",
        path.toString());
    try (FahrasSearcher fahras = FahrasSearcher.open(fahrasDir)) {
      long[] lat = new long[calls];
      int found = 0;
      for (int i = -100; i < calls; i++) {
        String[] q = quotes.get((i + 100) % quotes.size());
        long t0 = System.nanoTime();
        QuoteResult r = fahras.quotes(q[1], 10);
        if (i >= 0) {
          lat[i] = System.nanoTime() - t0;
          // documents carrying it equally are shown in index order: its own may be past the page
          boolean ownShown = r.hits().stream().anyMatch(h -> h.hit().docId().equals(q[0]));
          if (r.hits().stream().anyMatch(QuoteHit::whole) && (ownShown || r.documents() > 10)) {
            found++;
          }
        }
      }
      Arrays.sort(lat);
      out.println("| call | p50 ms | p95 ms | p99 ms | found whole (its own or 10 others) |");
      out.println("|---|--:|--:|--:|--:|");
      out.printf(
          Locale.ROOT,
          "| quotes of a 60-word paragraph (10 documents) | %.2f | %.2f | %.2f | %d of %d |%n",
          lat[calls / 2] / 1e6,
          lat[(int) (calls * 0.95)] / 1e6,
          lat[(int) (calls * 0.99)] / 1e6,
          found,
          calls);
    }
  }

  /**
   * Figures for a query beside the plain search of the same query, interleaved, at the search
   * benchmark's size: queries of the search mix asked as "how many" (كم عدد …), after 100 warm-up.
   */
  public void figures(int passages, int calls) throws Exception {
    Path path = benchCorpus();
    Path fahrasDir = builtSearchIndex(passages);
    List<String> sample = new ArrayList<>();
    try (DocumentSource source = Sources.open(path, ReadOptions.DEFAULT)) {
      SourceDocument d;
      while ((d = source.next()) != null && sample.size() < 20_000) {
        for (String line : d.text().split("\n")) if (!line.isBlank()) sample.add(line);
      }
    }
    List<String> queries = new ArrayList<>();
    for (String[] q : queryMix(sample, calls + 100, 17)) {
      queries.add("كم عدد " + q[0].replace("\"", ""));
    }
    header(
        "Figures: " + passages + " passages, " + calls + " how-many queries, beside plain search",
        path.toString());
    try (FahrasSearcher fahras = FahrasSearcher.open(fahrasDir)) {
      long[] search = new long[calls];
      long[] figures = new long[calls];
      int rows = 0;
      for (int i = -100; i < calls; i++) {
        String q = queries.get(i + 100);
        long t0 = System.nanoTime();
        fahras.search(q);
        long t1 = System.nanoTime();
        int n = fahras.figures(q).size();
        long t2 = System.nanoTime();
        if (i >= 0) {
          search[i] = t1 - t0;
          figures[i] = t2 - t1;
          if (n > 0) rows++;
        }
      }
      Arrays.sort(search);
      Arrays.sort(figures);
      out.println("| call | p50 ms | p95 ms | p99 ms | with a figure |");
      out.println("|---|--:|--:|--:|--:|");
      for (int k = 0; k < 2; k++) {
        long[] lat = k == 0 ? search : figures;
        out.printf(
            Locale.ROOT,
            "| %s | %.2f | %.2f | %.2f | %s |%n",
            k == 0 ? "plain search (10 hits, highlighted)" : "figures (50 passages read)",
            lat[calls / 2] / 1e6,
            lat[(int) (calls * 0.95)] / 1e6,
            lat[(int) (calls * 0.99)] / 1e6,
            k == 0 ? "" : rows + " of " + calls);
      }
      out.printf(
          Locale.ROOT,
          "%nfigures / search: p50 %.2f×, p99 %.2f×%n",
          (double) figures[calls / 2] / search[calls / 2],
          (double) figures[(int) (calls * 0.99)] / search[(int) (calls * 0.99)]);
    }
  }

  /**
   * What the typing aids cost on the search benchmark's Fahras index: building them, a completion
   * per prefix, and a search with a misspelt word beside the same spelt right.
   */
  public void typing(int passages, int calls) throws Exception {
    Path path = benchCorpus();
    Path fahrasDir = builtSearchIndex(passages);
    header("Typing aids: " + passages + " passages, " + calls + " prefixes", path.toString());
    TypingBench.run(fahrasDir, path, calls, out);
  }

  /**
   * What each kind of evidence costs: the default search (highlighting on) beside the same with one
   * kind toggled, each query run on every configuration in turn (so drift in the machine's speed
   * hits all alike), p50 and p99 per configuration and their ratio to the default.
   */
  public void evidenceCost(int passages, int queries) throws Exception {
    Path path = corpus != null ? corpus : Path.of("bench-data/corpus.jsonl");
    Path base = work != null ? work : Path.of("bench-data");
    Path fahrasDir = base.resolve("search-fahras-" + passages);
    Path stockDir = base.resolve("search-stock-" + passages);
    if (!isBuilt(fahrasDir, searchIndexVersion()) || !isBuilt(stockDir, STOCK_INDEX_VERSION)) {
      throw new IOException("run bench search first: it builds the indexes this one reads");
    }
    List<String> sample = new ArrayList<>();
    try (DocumentSource source = Sources.open(path, ReadOptions.DEFAULT)) {
      SourceDocument d;
      while ((d = source.next()) != null && sample.size() < 20_000) {
        for (String line : d.text().split("\n")) if (!line.isBlank()) sample.add(line);
      }
    }
    List<String[]> mix = queryMix(sample, queries + 500, 7);
    header(
        "Evidence cost: " + passages + " passages, " + queries + " queries, interleaved",
        path.toString());
    Evidence[] kinds = Evidence.values();
    List<FahrasSearcher> searchers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (FSDirectory sd = FSDirectory.open(stockDir);
        DirectoryReader reader = DirectoryReader.open(sd)) {
      IndexSearcher stock = new IndexSearcher(reader);
      Analyzer stockAnalyzer = new ArabicAnalyzer();
      searchers.add(FahrasSearcher.open(fahrasDir));
      names.add("the default");
      for (Evidence kind : kinds) {
        SearcherConfig.Builder b = SearcherConfig.builder();
        if (kind.onByDefault()) b.withoutEvidence(kind);
        else b.withEvidence(kind);
        searchers.add(FahrasSearcher.open(fahrasDir, IndexConfig.defaults(), b.build()));
        names.add(
            (kind.onByDefault() ? "without " : "with ") + kind.name().toLowerCase(Locale.ROOT));
      }
      int n = searchers.size() + 1; // the last: stock
      long[][] lat = new long[n][queries];
      for (int i = 0; i < mix.size(); i++) {
        for (int k = 0; k < n; k++) {
          int c = (k + i) % n; // rotate who goes first
          long t0 = System.nanoTime();
          if (c == n - 1) runStock(stock, stockAnalyzer, mix.get(i)[0], mix.get(i)[1]);
          else runSearch(2, mix.get(i), searchers.get(c), stock, stockAnalyzer);
          if (i >= 500) lat[c][i - 500] = System.nanoTime() - t0;
        }
      }
      for (long[] l : lat) Arrays.sort(l);
      double p50 = lat[0][queries / 2] / 1e6;
      double p99 = lat[0][(int) (queries * 0.99)] / 1e6;
      out.println("| configuration | p50 ms | p99 ms | p50 vs default | p99 vs default |");
      out.println("|---|--:|--:|--:|--:|");
      names.add("stock Lucene");
      for (int c = 0; c < n; c++) {
        double a = lat[c][queries / 2] / 1e6;
        double z = lat[c][(int) (queries * 0.99)] / 1e6;
        out.printf(
            Locale.ROOT,
            "| %s | %.2f | %.2f | %.2f× | %.2f× |%n",
            names.get(c),
            a,
            z,
            a / p50,
            z / p99);
      }
    } finally {
      for (FahrasSearcher f : searchers) f.close();
    }
  }

  /**
   * Query {@code q} (text, source or null) on system {@code s}: 0 stock, then the Fahras variants.
   */
  private static void runSearch(
      int s, String[] q, FahrasSearcher fahras, IndexSearcher stock, Analyzer stockAnalyzer)
      throws IOException {
    if (s == 0) {
      runStock(stock, stockAnalyzer, q[0], q[1]);
      return;
    }
    SearchOptions.Builder o =
        SearchOptions.builder()
            .withHighlight(s >= 2)
            .withCountSources(s == 3)
            .withPerSource(s == 4 ? 1 : 0);
    if (q[1] != null) o.withSources(Set.of(q[1]));
    fahras.search(q[0], o.build());
  }

  /** Stock's query {@code q}, filtered to {@code source} when not null, as Fahras's is. */
  private static void runStock(IndexSearcher searcher, Analyzer analyzer, String q, String source)
      throws IOException {
    QueryParser p = new QueryParser("text", analyzer);
    try {
      Query query = p.parse(q);
      if (source != null) {
        query =
            new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("source", source)), BooleanClause.Occur.FILTER)
                .build();
      }
      for (ScoreDoc sd : searcher.search(query, 10).scoreDocs)
        searcher.storedFields().document(sd.doc);
    } catch (ParseException e) {
      // skipped, as a user would get nothing
    }
  }

  /**
   * {@code n} seeded queries of 1–3 words from {@code lines} (15% quoted, diacritized where the
   * lines are), a quarter filtered to a source.
   */
  public static List<String[]> queryMix(List<String> lines, int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String[]> out = new ArrayList<>();
    while (out.size() < n) {
      String[] words = lines.get(rnd.nextInt(lines.size())).split("\\s+");
      if (words.length < 4) continue;
      double kind = rnd.nextDouble();
      int len = kind < 0.4 ? 1 : kind < 0.7 ? 2 : 3;
      int at = rnd.nextInt(words.length - len);
      String q =
          String.join(" ", Arrays.copyOfRange(words, at, at + len))
              .replaceAll("[\"()\\[\\]{}:*?~^!+\\-/\\\\]", "");
      if (q.isBlank()) continue;
      if (kind >= 0.85) q = "\"" + q + "\"";
      String source = rnd.nextDouble() < 0.25 ? "outlet-" + (rnd.nextInt(25) + 1) : null;
      out.add(new String[] {q, source});
    }
    return out;
  }

  /** The corpus the search-sized benchmarks read: --corpus, or the generated bench corpus. */
  private Path benchCorpus() {
    return corpus != null ? corpus : Path.of("bench-data/corpus.jsonl");
  }

  /** The Fahras index {@code bench search} built for {@code passages}, which the others read. */
  private Path builtSearchIndex(int passages) throws IOException {
    Path base = work != null ? work : Path.of("bench-data");
    Path fahrasDir = base.resolve("search-fahras-" + passages);
    if (!isBuilt(fahrasDir, searchIndexVersion())) {
      throw new IOException("run bench search first: it builds the index this one reads");
    }
    return fahrasDir;
  }

  /** Whether {@code dir} holds a finished index of {@code version}. */
  private static boolean isBuilt(Path dir, String version) throws IOException {
    Path done = dir.resolve("done");
    return Files.exists(done) && Files.readString(done).equals(version);
  }

  /** Builds the search benchmark's indexes in the directories given (null: already built). */
  private void buildSearchIndexes(Path path, int passages, Path fahrasDir, Path stockDir)
      throws Exception {
    List<Path> dirs = new ArrayList<>();
    for (Path dir : new Path[] {fahrasDir, stockDir}) {
      if (dir == null) continue;
      delete(dir);
      Files.createDirectories(dir);
      dirs.add(dir);
    }
    out.println(
        "building the search benchmark indexes ("
            + passages
            + " passages) in "
            + dirs.get(0).getParent()
            + " ...");
    out.flush();
    List<SourceDocument> docs = new ArrayList<>();
    IndexConfig config = IndexConfig.defaults();
    long count = 0;
    try (DocumentSource source = Sources.open(path, ReadOptions.DEFAULT)) {
      SourceDocument d;
      while (count < passages && (d = source.next()) != null) {
        docs.add(d);
        count += config.splitter().split(d.text(), d.title()).passages().size();
      }
    }
    int threads = Runtime.getRuntime().availableProcessors();
    if (fahrasDir != null) indexFahras(docs, fahrasDir, threads);
    if (stockDir != null) indexStock(docs, stockDir, threads);
    // the same number of segments for both: how the merges of two indexing threads happen to fall
    // (5 or 11 segments for the same documents) moved Fahras's p50 by a fifth
    for (Path dir : dirs) mergeTo(dir, SEARCH_SEGMENTS);
    if (fahrasDir != null) Files.writeString(fahrasDir.resolve("done"), searchIndexVersion());
    if (stockDir != null) Files.writeString(stockDir.resolve("done"), STOCK_INDEX_VERSION);
  }
}
