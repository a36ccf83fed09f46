package dev.fahras.eval;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.search.FahrasSearcher;
import dev.fahras.search.QuoteHit;
import dev.fahras.search.QuoteResult;
import dev.fahras.search.SearcherConfig;
import dev.fahras.search.StoredDocument;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well the quote finder finds every document carrying a pasted text, on quotes generated from a
 * corpus whose sentences repeat across documents (the bench corpus): 1–4 consecutive sentences of a
 * document, changed as people change what they quote. The documents carrying a quote are known
 * exactly: those whose text (boilerplate aside) holds each of its sentences, both under the
 * evaluation's own analyzer-free normalization ({@link Judge#normalize}).
 *
 * <ul>
 *   <li>recall: of those documents (at most the {@link #LIMIT} asked), the share reported as
 *       carrying the whole quote;
 *   <li>precision: of the documents reported as carrying the whole quote, the share that do.
 * </ul>
 */
public final class QuoteEval {
  private QuoteEval() {}

  /** Documents asked per quote. */
  static final int LIMIT = 100;

  /** The quotes' seed by default: the one the whole-text share was chosen on. */
  public static final long SEED = 7;

  /** What a generated quote changed in the sentences it took. */
  enum Change {
    DIACRITICS_STRIPPED("diacritics stripped"),
    DIACRITICS_ADDED("diacritics added"),
    HAMZA_SEATS("hamza seats varied"),
    NUMBER_SWITCHED("digits ↔ words"),
    CLAUSE_DROPPED("a clause dropped");

    final String label;

    Change(String label) {
      this.label = label;
    }
  }

  /** A quote, the document it was taken from and the documents that carry it. */
  record Quote(String text, String from, Set<String> carriers, Set<Change> changes) {}

  /** What one quote found. */
  record Outcome(Quote quote, int correct, int reported, int shouldFind, double millis) {
    double recall() {
      return shouldFind == 0 ? 1 : (double) correct / shouldFind;
    }
  }

  public static void run(
      Path corpus, int docs, int quotes, long seed, boolean perQuery, PrintStream out)
      throws IOException {
    Path firstDocs = Files.createTempFile("fahras-quotes-", ".jsonl");
    try {
      copyFirstLines(corpus, firstDocs, docs);
      try (FahrasSystem system = new FahrasSystem(firstDocs, SearcherConfig.defaults(), "Fahras")) {
        FahrasSearcher s = system.searcher();
        List<Outcome> outcomes = measure(s, generate(s, quotes, new SplittableRandom(seed)));
        print(s, outcomes, seed, perQuery, out);
      }
    } finally {
      Files.deleteIfExists(firstDocs);
    }
  }

  static List<Outcome> measure(FahrasSearcher s, List<Quote> quotes) throws IOException {
    List<Outcome> out = new ArrayList<>();
    for (Quote q : quotes) {
      long t = System.nanoTime();
      QuoteResult r = s.quotes(q.text(), LIMIT);
      double millis = (System.nanoTime() - t) / 1e6;
      Set<String> whole = new HashSet<>();
      for (QuoteHit h : r.hits()) if (h.whole()) whole.add(h.hit().docId());
      int correct = 0;
      for (String d : whole) if (q.carriers().contains(d)) correct++;
      out.add(new Outcome(q, correct, whole.size(), Math.min(q.carriers().size(), LIMIT), millis));
    }
    return out;
  }

  private static void print(
      FahrasSearcher s, List<Outcome> outcomes, long seed, boolean perQuery, PrintStream out)
      throws IOException {
    out.printf(
        Locale.ROOT,
        "Quote finder: %d quotes of 1–4 sentences from %d documents (%d passages), seed %d;"
            + " documents carrying each known from the text%n",
        outcomes.size(),
        s.documentIds().size(),
        s.passageCount(),
        seed);
    out.printf(
        Locale.ROOT,
        "%-22s %7s %8s %10s %9s%n",
        "quotes",
        "count",
        "recall",
        "precision",
        "carriers");
    Map<String, List<Outcome>> rows = new LinkedHashMap<>();
    rows.put("all", outcomes);
    rows.put("unchanged", outcomes.stream().filter(o -> o.quote().changes().isEmpty()).toList());
    for (Change c : Change.values()) {
      rows.put(c.label, outcomes.stream().filter(o -> o.quote().changes().contains(c)).toList());
    }
    for (Map.Entry<String, List<Outcome>> e : rows.entrySet()) {
      List<Outcome> set = e.getValue();
      if (set.isEmpty()) continue;
      double recall = set.stream().mapToDouble(Outcome::recall).average().orElse(0);
      int correct = set.stream().mapToInt(Outcome::correct).sum();
      int reported = set.stream().mapToInt(Outcome::reported).sum();
      double carriers = set.stream().mapToInt(o -> o.quote().carriers().size()).average().orElse(0);
      out.printf(
          Locale.ROOT,
          "%-22s %7d %8.3f %10.3f %9.1f%n",
          e.getKey(),
          set.size(),
          recall,
          reported == 0 ? 1.0 : (double) correct / reported,
          carriers);
    }
    double[] ms = outcomes.stream().mapToDouble(Outcome::millis).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "time per quote: p50 %.1f ms, p99 %.1f ms (one thread, the first quotes warm the JVM)%n",
        ms[ms.length / 2],
        ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)]);
    if (!perQuery) return;
    for (Outcome o : outcomes) {
      if (o.recall() == 1 && o.correct() == o.reported()) continue;
      out.printf(
          Locale.ROOT,
          "  from %s %s: %d of %d carriers, %d reported: %s%n",
          o.quote().from(),
          o.quote().changes(),
          o.correct(),
          o.shouldFind(),
          o.reported(),
          o.quote().text());
    }
  }

  private static void copyFirstLines(Path from, Path to, int lines) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      for (int i = 0; i < lines && (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        w.write(line);
        w.write('\n');
        i++;
      }
    }
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.؟!])\\s+");
  private static final Pattern DIACRITIC = Pattern.compile("[\\u064B-\\u0652\\u0670]");
  private static final Pattern DIGITS = Pattern.compile("(?<![0-9])[1-9][0-9]{0,3}(?![0-9])");
  private static final char[] VOWELS = {'\u064E', '\u064F', '\u0650', '\u0652'};

  /** {@code count} quotes, each from a random document of the index. */
  static List<Quote> generate(FahrasSearcher s, int count, SplittableRandom rnd)
      throws IOException {
    List<String> ids = s.documentIds();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : ids) texts.put(id, Judge.normalize(s.document(id).textWithoutBoilerplate()));
    List<Quote> out = new ArrayList<>();
    for (int tries = 0; out.size() < count && tries < count * 20; tries++) {
      String from = ids.get(rnd.nextInt(ids.size()));
      StoredDocument doc = s.document(from);
      List<String> paragraphs =
          Arrays.stream(doc.textWithoutBoilerplate().split("\n"))
              .filter(p -> !p.isBlank())
              .toList();
      if (paragraphs.isEmpty()) continue;
      String[] sentences =
          SENTENCE_END.split(paragraphs.get(rnd.nextInt(paragraphs.size())).strip());
      int n = 1 + rnd.nextInt(Math.min(4, sentences.length));
      int first = rnd.nextInt(sentences.length - n + 1);
      List<String> taken = Arrays.asList(sentences).subList(first, first + n);
      String original = String.join(" ", taken);
      if (original.split("\\s+").length < 6 || original.length() > 4_000) continue;
      Set<Change> changes = EnumSet.noneOf(Change.class);
      // a clause is dropped first: the documents carrying the quote are those holding what is left
      List<String> pieces = new ArrayList<>(taken);
      String[] clauses = original.split("، ");
      if (rnd.nextDouble() < 0.3 && clauses.length >= 3 && original.split("\\s+").length >= 12) {
        pieces = new ArrayList<>(Arrays.asList(clauses));
        pieces.remove(1 + rnd.nextInt(clauses.length - 1));
        original = String.join("، ", pieces);
        changes.add(Change.CLAUSE_DROPPED);
      }
      Set<String> carriers = new HashSet<>();
      for (Map.Entry<String, String> e : texts.entrySet()) {
        if (pieces.stream().allMatch(t -> e.getValue().contains(Judge.normalize(t)))) {
          carriers.add(e.getKey());
        }
      }
      String text = change(original, rnd, changes, s);
      out.add(new Quote(text, from, carriers, changes));
    }
    return out;
  }

  private static String change(
      String text, SplittableRandom rnd, Set<Change> changes, FahrasSearcher s) throws IOException {
    if (DIACRITIC.matcher(text).find()) {
      if (rnd.nextDouble() < 0.5) {
        text = DIACRITIC.matcher(text).replaceAll("");
        changes.add(Change.DIACRITICS_STRIPPED);
      }
    } else if (rnd.nextDouble() < 0.4) {
      text = withVowels(text, rnd);
      changes.add(Change.DIACRITICS_ADDED);
    }
    if (rnd.nextDouble() < 0.4) {
      String varied = hamzaSeatsVaried(text);
      if (!varied.equals(text)) {
        text = varied;
        changes.add(Change.HAMZA_SEATS);
      }
    }
    if (rnd.nextDouble() < 0.6) {
      String switched = numberSwitched(text, s);
      if (switched != null) {
        text = switched;
        changes.add(Change.NUMBER_SWITCHED);
      }
    }
    return text;
  }

  private static String withVowels(String text, SplittableRandom rnd) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c >= '\u0628' && c <= '\u064A' && rnd.nextBoolean()) {
        out.append(VOWELS[rnd.nextInt(VOWELS.length)]);
      }
    }
    return out.toString();
  }

  /** Hamza seats dropped where written, or put on word-initial alefs where not. */
  private static String hamzaSeatsVaried(String text) {
    String dropped = text.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    if (!dropped.equals(text)) return dropped;
    return text.replaceAll("(?<=^|\\s)ا(?!ل)", "أ");
  }

  /**
   * The first number switched: digits to words, or words to digits as the analysis chain reads
   * them; null when the text has none the chain reads back.
   */
  private static String numberSwitched(String text, FahrasSearcher s) throws IOException {
    Matcher m = DIGITS.matcher(text);
    if (m.find()) {
      int n = Integer.parseInt(m.group());
      String words = ArabicNumberWords.spell(n);
      String switched = text.substring(0, m.start()) + words + text.substring(m.end());
      boolean readBack =
          s.analyze(words).stream().anyMatch(t -> t.term().equals(String.valueOf(n)));
      return readBack ? switched : null;
    }
    for (AnalyzedToken t : s.analyze(text)) {
      if (t.term().chars().allMatch(Character::isDigit) && !t.original().equals(t.term())) {
        return text.substring(0, t.start()) + t.term() + text.substring(t.end());
      }
    }
    return null;
  }
}
