package dev.fahras.bench;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The chains the analysis benchmark compares, and the child process that times one of them.
 *
 * <p>Each chain runs in a JVM of its own: in a shared JVM the chains share Lucene's filter base
 * classes, whose call sites then see several implementations and are compiled less well — stock
 * Lucene's chain measured 35% slower beside Fahras's than alone, Fahras's the same either way.
 */
final class AnalysisChains {
  private AnalysisChains() {}

  static final String[] NAMES = {
    "floor: UTF-8 decode + whitespace split",
    "Lucene ArabicAnalyzer",
    "Fahras (full chain)",
    "Fahras as indexed (with exact-form payloads)",
    "Fahras without stemming (normalized forms)",
    "Fahras without the number and month filters"
  };

  static final int STOCK = 1;

  static final int WARMUP_ROUNDS = 3;
  static final int ROUNDS = 5;

  /**
   * Child process: {@code chain mb corpus|-}; prints one line per measured round, the thread's CPU
   * nanoseconds and the tokens counted, then the bytes analyzed.
   */
  public static void main(String[] args) throws Exception {
    int chain = Integer.parseInt(args[0]);
    int mb = Integer.parseInt(args[1]);
    Path corpus = args[2].equals("-") ? null : Path.of(args[2]);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (SourceDocument d : new Benchmarks(corpus, null, out).documents(mb)) {
      texts.add(d.text());
      bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
    }
    byte[][] encoded =
        texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try (Analyzer a = analyzer(chain)) {
      for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        long tokens = a == null ? floor(encoded) : consume(a, texts);
        long t = cpu.getCurrentThreadCpuTime() - t0;
        if (round >= 0) out.println(t + " " + tokens);
      }
    }
    out.println("bytes " + bytes);
  }

  private static Analyzer analyzer(int chain) {
    return switch (chain) {
      case 0 -> null;
      case 1 -> new ArabicAnalyzer();
      case 2 -> new FahrasArabicAnalyzer();
      case 3 -> Schema.passageAnalyzer(new FahrasArabicAnalyzer());
      case 4 -> FahrasArabicAnalyzer.builder().withStemming(false).build();
      default -> FahrasArabicAnalyzer.builder().withNumbers(false).withMonths(false).build();
    };
  }

  private static long floor(byte[][] encoded) {
    long tokens = 0;
    for (byte[] b : encoded) {
      String s = new String(b, StandardCharsets.UTF_8);
      boolean in = false;
      for (int i = 0; i < s.length(); i++) {
        boolean space = Character.isWhitespace(s.charAt(i));
        if (!space && !in) tokens++;
        in = !space;
      }
    }
    return tokens;
  }

  private static long consume(Analyzer a, List<String> texts) throws IOException {
    long tokens = 0;
    for (String t : texts) {
      try (TokenStream ts = a.tokenStream("text", t)) {
        ts.reset();
        while (ts.incrementToken()) tokens++;
        ts.end();
      }
    }
    return tokens;
  }
}
