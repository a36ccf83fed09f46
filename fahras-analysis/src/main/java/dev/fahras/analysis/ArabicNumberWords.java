package dev.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The lexicons behind {@link FahrasNumbersFilter} and {@link FahrasMonthsFilter}, read from {@code
 * numbers.txt} and {@code months.txt} and normalized with the default {@link FahrasNormalizer}.
 * Immutable, shared.
 */
final class ArabicNumberWords {
  private ArabicNumberWords() {}

  enum Kind {
    UNIT,
    TEEN_UNIT,
    TEN,
    HUNDRED,
    ATOM,
    THOUSAND,
    MILLION,
    BILLION,
    ORDINAL
  }

  record Word(Kind kind, long value) {}

  /** A month name: its number and the words it is written with. */
  record MonthName(int month, String[] words) {}

  static final Map<String, Word> NUMBERS = loadNumbers();

  /**
   * Every number word with every prefix it may carry (و ف ب ل ك, the article and its combinations):
   * a token outside this set starts no number, checked without allocating.
   */
  static final WordSet NUMBER_FORMS = new WordSet(numberForms());

  private static CharArraySet numberForms() {
    String[] prefixes = {
      "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل"
    };
    CharArraySet set = new CharArraySet(NUMBERS.size() * prefixes.length, false);
    for (String w : NUMBERS.keySet()) {
      for (String p : prefixes) set.add(normalize(p) + w);
    }
    return set;
  }

  /** Month names by their first word. */
  static final Map<String, List<MonthName>> MONTHS_BY_FIRST_WORD = new HashMap<>();

  /** The Western name (one word) of each month, 1-based. */
  static final String[] WESTERN = new String[13];

  /** The first words of month names, for the month filter's fast path. */
  static final WordSet MONTH_FIRST_WORDS;

  private static final CharArraySet MONTH_FIRST_WORD_SET = new CharArraySet(64, false);

  static {
    for (String[] row : rows("months.txt")) {
      int month = Integer.parseInt(row[0]);
      String[] names = row[1].split(",");
      for (int i = 0; i < names.length; i++) {
        String[] words = names[i].strip().split("\\s+");
        for (int w = 0; w < words.length; w++) words[w] = normalize(words[w]);
        if (i == 0) WESTERN[month] = words[0];
        MONTHS_BY_FIRST_WORD
            .computeIfAbsent(words[0], k -> new ArrayList<>())
            .add(new MonthName(month, words));
        MONTH_FIRST_WORD_SET.add(words[0]);
      }
    }
    MONTH_FIRST_WORDS = new WordSet(MONTH_FIRST_WORD_SET);
  }

  static String normalize(String word) {
    return FahrasNormalizer.DEFAULT.normalize(word);
  }

  private static Map<String, Word> loadNumbers() {
    Map<String, Word> m = new HashMap<>();
    for (String[] row : rows("numbers.txt")) {
      Kind kind = Kind.valueOf(row[1].toUpperCase(Locale.ROOT).replace("TEENUNIT", "TEEN_UNIT"));
      m.put(normalize(row[0]), new Word(kind, Long.parseLong(row[2])));
    }
    return Map.copyOf(m);
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    ArabicNumberWords.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        rows.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
