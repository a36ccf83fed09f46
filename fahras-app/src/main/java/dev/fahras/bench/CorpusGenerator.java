package dev.fahras.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a large, realistic, reproducible Arabic corpus as JSON Lines for benchmarks, from real
 * vocabulary: the bundled reports' sentences, the Hunspell Arabic word list (Debian {@code
 * hunspell-ar}) and the diacritized Quran text (npm {@code quran-json}). {@code
 * bench/make-corpus.sh} installs both and runs this.
 *
 * <p>Each document has 3–12 paragraphs; each paragraph 1–4 sentences, drawn 40% from the reports,
 * 15% from Quran verses (full diacritics, dagger alef, wasla) and 45% synthetic: 6–20 words sampled
 * from the word list with a Zipf(1.0) distribution over a seeded shuffle (so a few hundred words
 * are frequent and most are rare, as in real text), with the occasional number, date or clitic. 25
 * sources, dates 2015–2024. The same seed gives the same bytes.
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  public static void main(String[] args) throws Exception {
    Path out = null, dic = null, quran = null, reports = Path.of("testdata");
    int docs = 150_000;
    long seed = 42;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dic" -> dic = Path.of(args[++i]);
        case "--quran" -> quran = Path.of(args[++i]);
        case "--reports" -> reports = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null || dic == null || quran == null) {
      throw new IllegalArgumentException(
          "usage: --out FILE --dic ar.dic --quran quran.json [--docs N] [--seed S]");
    }
    generate(out, docs, seed, words(dic), verses(quran), sentences(reports));
  }

  static List<String> words(Path dic) throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(dic, StandardCharsets.UTF_8)) {
      int slash = line.indexOf('/');
      String w = (slash >= 0 ? line.substring(0, slash) : line).strip();
      if (w.length() >= 2
          && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC) words.add(w);
    }
    return words;
  }

  static List<String> verses(Path quran) throws Exception {
    List<String> verses = new ArrayList<>();
    // [{"verses":[{"text":…},…]},…]: every "text" string inside a "verses" array
    try (JsonParser p = new JsonFactory().createParser(quran.toFile())) {
      int inVerses = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME
            && "verses".equals(p.currentName())
            && p.nextToken() == JsonToken.START_ARRAY) {
          inVerses = p.getParsingContext().getNestingDepth();
        } else if (t == JsonToken.END_ARRAY && p.getParsingContext().getNestingDepth() < inVerses) {
          inVerses = 0;
        } else if (inVerses > 0 && t == JsonToken.VALUE_STRING && "text".equals(p.currentName())) {
          verses.add(p.getText());
        }
      }
    }
    return verses;
  }

  static List<String> sentences(Path reports) throws IOException {
    List<String> out = new ArrayList<>();
    try (DocumentSource source = Sources.open(reports, ReadOptions.DEFAULT)) {
      SourceDocument d;
      while ((d = source.next()) != null) {
        for (String para : d.text().split("\n")) {
          for (String s : para.split("(?<=[.!?؟؛])\\s+"))
            if (s.strip().length() > 20) out.add(s.strip());
        }
      }
    }
    return out;
  }

  static void generate(
      Path out, int docs, long seed, List<String> dict, List<String> verses, List<String> reports)
      throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> shuffled = new ArrayList<>(dict);
    for (int i = shuffled.size() - 1; i > 0; i--) Collections.swap(shuffled, i, rnd.nextInt(i + 1));
    double[] cdf = zipfCdf(shuffled.size(), 1.0);
    String[] clitics = {"و", "ف", "ب", "ل", "ال", "وال", "بال"};
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int d = 0; d < docs; d++) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 3 + rnd.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
          if (p > 0) text.append('\n');
          int sentences = 1 + rnd.nextInt(4);
          for (int s = 0; s < sentences; s++) {
            if (s > 0) text.append(' ');
            double kind = rnd.nextDouble();
            if (kind < 0.40) {
              text.append(reports.get(rnd.nextInt(reports.size())));
            } else if (kind < 0.55) {
              text.append(verses.get(rnd.nextInt(verses.size()))).append('.');
            } else {
              int n = 6 + rnd.nextInt(15);
              for (int k = 0; k < n; k++) {
                if (k > 0) text.append(' ');
                double r = rnd.nextDouble();
                if (r < 0.03) text.append(rnd.nextInt(2000));
                else {
                  if (r < 0.25) text.append(clitics[rnd.nextInt(clitics.length)]);
                  text.append(shuffled.get(sample(cdf, rnd.nextDouble())));
                }
              }
              text.append('.');
            }
          }
        }
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
        String id = "g" + d;
        String source = "outlet-" + (rnd.nextInt(25) + 1);
        String title =
            shuffled.get(sample(cdf, rnd.nextDouble()))
                + " "
                + shuffled.get(sample(cdf, rnd.nextDouble()));
        w.write(
            Json.write(
                g -> {
                  g.writeStartObject();
                  g.writeStringField("id", id);
                  g.writeStringField("source", source);
                  g.writeStringField("date", date.toString());
                  g.writeStringField("title", title);
                  g.writeStringField("text", text.toString());
                  g.writeEndObject();
                }));
        w.write('\n');
      }
    }
  }

  static double[] zipfCdf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) cdf[i] /= sum;
    return cdf;
  }

  static int sample(double[] cdf, double u) {
    int i = Arrays.binarySearch(cdf, u);
    return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
  }
}
