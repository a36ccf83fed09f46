package dev.fahras.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Synonym files in Solr's format ({@code a, b, c} for equivalents, {@code a => b} for one-way
 * rules, {@code #} comments), normalized the way the analyzer normalizes text, so an entry written
 * with hamza, tashkeel or ة matches every spelling. Applied at query time by {@link
 * FahrasArabicAnalyzer} with Lucene's {@code SynonymGraphFilter}: multi-word synonyms work inside
 * phrases. Entries should not contain stopwords.
 */
public final class Synonyms {
  private Synonyms() {}

  /** Fahras's general Arabic set (spelling variants that normalization does not cover). */
  public static SynonymMap defaults() {
    return Default.MAP;
  }

  private static final class Default {
    static final SynonymMap MAP = load();

    private static SynonymMap load() {
      try (Reader r = builtInReader()) {
        return parse(r, "built-in synonyms.txt");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads a synonym file (only it, not the built-in set); errors name the file and line. */
  public static SynonymMap read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  /** The built-in set and a user's file together, as one map; errors name the file and line. */
  public static SynonymMap defaultsAnd(Path file) throws IOException {
    return merged(true, Map.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
  }

  /**
   * One map from several Solr-format texts, each named (file name, "the index's synonyms") for
   * error messages, after the built-in set when {@code withDefaults}.
   */
  public static SynonymMap merged(boolean withDefaults, Map<String, String> namedTexts)
      throws IOException {
    try (Analyzer normalizing = entryAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizing);
      if (withDefaults) {
        try (Reader builtIn = builtInReader()) {
          add(parser, builtIn, "built-in synonyms.txt");
        }
      }
      for (Map.Entry<String, String> e : namedTexts.entrySet()) {
        add(parser, new StringReader(e.getValue()), e.getKey());
      }
      return parser.build();
    }
  }

  /** Parses Solr-format synonyms; {@code where} names the input in error messages. */
  public static SynonymMap parse(Reader reader, String where) throws IOException {
    try (Analyzer normalizing = entryAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizing);
      add(parser, reader, where);
      return parser.build();
    }
  }

  private static void add(SolrSynonymParser parser, Reader reader, String where)
      throws IOException {
    try {
      parser.parse(reader);
    } catch (ParseException e) {
      // Solr's parser says "Invalid synonym rule at line N" and keeps the reason in the cause
      String why = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
      throw new IOException(where + ": " + e.getMessage() + why, e);
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  private static Reader builtInReader() {
    return new InputStreamReader(
        Objects.requireNonNull(Synonyms.class.getResourceAsStream("synonyms.txt"), "synonyms.txt"),
        StandardCharsets.UTF_8);
  }

  /** How entries are analyzed: the chain up to normalization, no stopwords, no stemming. */
  static Analyzer entryAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new UAX29URLEmailTokenizer();
        return new TokenStreamComponents(t, new FahrasNormalizationFilter(t));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new FahrasFoldingCharFilter(reader);
      }
    };
  }
}
