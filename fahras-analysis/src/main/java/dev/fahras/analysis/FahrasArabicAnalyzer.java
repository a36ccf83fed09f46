package dev.fahras.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The Fahras Arabic analyzer.
 *
 * <p>The chain, in order:
 *
 * <ol>
 *   <li>{@link FahrasFoldingCharFilter} — presentation forms, Arabic-Indic digits, invisible and
 *       bidi controls, combining hamza; before tokenizing, so a removed zero-width char never
 *       splits a word and a ligature of two words becomes two words;
 *   <li>{@link UAX29URLEmailTokenizer} — Unicode word boundaries, with URLs and e-mail addresses
 *       kept whole (الـ5 stays one token; "2,500" and "3.14" stay whole);
 *   <li>{@link FahrasWordBreakFilter} — a break where punctuation joins two Arabic words
 *       (قسد:هجوم), which Unicode's rules keep together;
 *   <li>{@link FahrasDaggerAlefFilter} — both modern readings of a superscript alef;
 *   <li>{@link FahrasNormalizationFilter} — diacritics, tatweel, alef, hamza, yeh, teh marbuta,
 *       Persian letters, digits, lower-case;
 *   <li>optionally Lucene's {@code SynonymGraphFilter} ({@link Synonyms}) — for query analyzers;
 *   <li>{@link FahrasMonthsFilter} — Syriac and Maghrebi month names also as the Western name;
 *   <li>{@link FahrasNumbersFilter} — numbers written in words also as digits (graph tokens);
 *   <li>{@link FahrasStopFilter} — after normalization, so على/علي and إلى/الى are one word;
 *   <li>{@link FahrasLightStemFilter} — prefixes, suffixes, protected words (optional).
 * </ol>
 *
 * <p>Offsets always point into the original text. {@link #normalize} (used for prefix, wildcard and
 * fuzzy terms) applies the char filter and the normalization filter, never the stemmer, so it
 * agrees with the terms of an unstemmed field. The analyzer is thread-safe.
 */
public final class FahrasArabicAnalyzer extends Analyzer {
  /**
   * Version of the analysis rules, part of {@link #describe()}: bump it whenever the tokens of some
   * text change (the golden files change), so indexes built before ask to be rebuilt.
   */
  public static final int VERSION = 13;

  /** The default stopword set, normalized ({@link ArabicWordSets#defaultStopwords}). */
  public static CharArraySet defaultStopwords() {
    return ArabicWordSets.defaultStopwords();
  }

  /** {@code words} normalized, unmodifiable ({@link ArabicWordSets#normalizedSet}). */
  public static CharArraySet normalizedSet(Collection<?> words) {
    return ArabicWordSets.normalizedSet(words);
  }

  private final boolean stemming;
  private final boolean stemAlternatives;
  private final boolean exactFormPayloads;
  private final boolean daggerAlef;
  private final boolean numbers;
  private final boolean months;
  private final StopwordMode stopwordMode;
  private final CharArraySet stopwords;
  private final WordSet stopSet;
  private final CharArraySet protectedWords;
  private final SynonymMap synonyms;
  private final Set<ArabicCharFolder.Option> folding;
  private final Set<FahrasNormalizer.Option> normalization;
  private final ArabicCharFolder folder;
  private final FahrasNormalizer normalizer;
  private final FahrasLightStemmer stemmer;

  /** The analyzer with every default: all normalization, default stopwords, stemming. */
  public FahrasArabicAnalyzer() {
    this(builder());
  }

  private FahrasArabicAnalyzer(Builder b) {
    this.stemming = b.stemming;
    this.stemAlternatives = b.stemAlternatives;
    this.exactFormPayloads = b.exactFormPayloads;
    this.daggerAlef = b.daggerAlef;
    this.numbers = b.numbers;
    this.months = b.months;
    this.stopwordMode = b.stopwordMode;
    this.stopwords = b.stopwords;
    this.stopSet = new WordSet(stopwords);
    this.protectedWords = b.protectedWords;
    this.synonyms = b.synonyms;
    this.folding = EnumSet.copyOf(b.folding);
    this.normalization = EnumSet.copyOf(b.normalization);
    this.folder = new ArabicCharFolder(folding);
    this.normalizer = new FahrasNormalizer(normalization);
    this.stemmer = new FahrasLightStemmer(protectedWords);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this analyzer's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stemming = stemming;
    b.stemAlternatives = stemAlternatives;
    b.exactFormPayloads = exactFormPayloads;
    b.daggerAlef = daggerAlef;
    b.numbers = numbers;
    b.months = months;
    b.stopwordMode = stopwordMode;
    b.stopwords = stopwords;
    b.protectedWords = protectedWords;
    b.synonyms = synonyms;
    b.folding = EnumSet.copyOf(folding);
    b.normalization = EnumSet.copyOf(normalization);
    return b;
  }

  /**
   * A one-line description of the settings; two analyzers with the same description produce the
   * same tokens. Recorded in index commits.
   */
  public String describe() {
    return "fahras-arabic/"
        + VERSION
        + " stem="
        + stemming
        + " alternatives="
        + stemAlternatives
        + (exactFormPayloads ? " exactFormPayloads=true" : "")
        + " daggerAlef="
        + daggerAlef
        + " numbers="
        + numbers
        + " months="
        + months
        + " stopwords="
        + (stopwords.isEmpty() ? "none" : Integer.toHexString(hash(stopwords)))
        + (stopwordMode == StopwordMode.REMOVE ? "" : " stopwordMode=" + stopwordMode)
        + " protected="
        + Integer.toHexString(hash(protectedWords))
        + (synonyms == null
            ? ""
            : " synonyms=" + Integer.toHexString(System.identityHashCode(synonyms)))
        + " folding="
        + folding
        + " normalization="
        + normalization;
  }

  private static int hash(CharArraySet words) {
    TreeSet<String> sorted = new TreeSet<>();
    for (Object w : words) sorted.add(w instanceof char[] c ? new String(c) : w.toString());
    return sorted.hashCode();
  }

  public boolean stemming() {
    return stemming;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return folding.isEmpty() ? reader : new FahrasFoldingCharFilter(reader, folder);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = newTokenizer();
    TokenStream beforeStemming = unstemmed(source, null);
    return new TokenStreamComponents(
        source, stopwordMode == StopwordMode.REMOVE ? stemFilter(beforeStemming) : beforeStemming);
  }

  /** Every step after the tokenizer but the stemmer; removed stopwords go to {@code sink}. */
  private TokenStream unstemmed(Tokenizer source, FahrasStopFilter.Sink sink) {
    TokenStream result = new FahrasWordBreakFilter(source);
    if (daggerAlef) result = new FahrasDaggerAlefFilter(result);
    result = new FahrasNormalizationFilter(result, normalizer);
    if (synonyms != null) result = new SynonymGraphFilter(result, synonyms, false);
    if (months) result = new FahrasMonthsFilter(result);
    if (numbers) result = new FahrasNumbersFilter(result);
    if (stopwordMode != StopwordMode.REMOVE) {
      return new StopwordsOnlyFilter(result, stopSet, stopwordMode == StopwordMode.ONLY_WITH_BARE);
    }
    if (!stopwords.isEmpty()) result = new FahrasStopFilter(result, stopSet, sink);
    return result;
  }

  /**
   * This chain, reused over texts given one at a time, the stopwords it removes sent to {@code
   * sink}: the index's one pass for its stemmed and stopword fields.
   */
  public StopwordSinkChain withStopwordSink(FahrasStopFilter.Sink sink) {
    return new StopwordSinkChain(this, sink);
  }

  /** The tokenizer of this chain. */
  Tokenizer newTokenizer() {
    return new UAX29URLEmailTokenizer();
  }

  /** {@code reader} behind this chain's char filter. */
  Reader wrapReader(Reader reader) {
    return initReader("", reader);
  }

  /**
   * Every step after the tokenizer up to, not including, the stemmer; the stopwords removed go to
   * {@code sink} (may be null).
   */
  TokenStream filtersBeforeStemming(Tokenizer source, FahrasStopFilter.Sink sink) {
    return unstemmed(source, sink);
  }

  /**
   * The stemmer of this chain over {@code in}, or {@code in} itself when stemming is off; with
   * {@link Builder#withExactFormPayloads}, the payloads that record each word's form first.
   */
  TokenStream stemFilter(TokenStream in) {
    if (exactFormPayloads) in = new ExactFormPayloadFilter(in);
    return stemming ? new FahrasLightStemFilter(in, stemmer, stemAlternatives) : in;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FahrasNormalizationFilter(in, normalizer, false);
  }

  /** What the chain does with stopwords. */
  public enum StopwordMode {
    /** Removes them, leaving gaps in the positions (the default). */
    REMOVE,
    /** Keeps only them, at their positions, not stemmed ({@link StopwordsOnlyFilter}). */
    ONLY,
    /** Keeps only them, each with proclitics also as the bare stopword (for an index). */
    ONLY_WITH_BARE
  }

  /** Settings for {@link FahrasArabicAnalyzer}; not thread-safe. */
  public static final class Builder {
    private boolean stemming = true;
    private boolean stemAlternatives = true;
    private boolean exactFormPayloads = false;
    private boolean daggerAlef = true;
    private boolean numbers = true;
    private boolean months = true;
    private StopwordMode stopwordMode = StopwordMode.REMOVE;
    private SynonymMap synonyms;
    private CharArraySet stopwords = defaultStopwords();
    private CharArraySet protectedWords = ArabicWordSets.defaultProtectedWords();
    private Set<ArabicCharFolder.Option> folding = EnumSet.allOf(ArabicCharFolder.Option.class);
    private Set<FahrasNormalizer.Option> normalization =
        EnumSet.allOf(FahrasNormalizer.Option.class);

    private Builder() {}

    /** Light stemming on (default) or off (normalized forms only). */
    public Builder withStemming(boolean on) {
      this.stemming = on;
      return this;
    }

    /**
     * Whether each stem carries the code of its word's normalized form as a payload ({@link
     * ExactFormPayloadFilter}), for an index that ranks exact forms without a field of its own
     * (default off).
     */
    public Builder withExactFormPayloads(boolean on) {
      this.exactFormPayloads = on;
      return this;
    }

    /** Whether a word that may start with one-letter proclitics gets both stems (default on). */
    public Builder withStemAlternatives(boolean on) {
      this.stemAlternatives = on;
      return this;
    }

    /** Whether a superscript alef yields both readings (default on). */
    public Builder withDaggerAlef(boolean on) {
      this.daggerAlef = on;
      return this;
    }

    /**
     * Synonyms applied after normalization, for query-time analyzers ({@link Synonyms}); null (the
     * default) for none. An index analyzer should have none: the index stays independent of them.
     */
    public Builder withSynonyms(SynonymMap map) {
      this.synonyms = map;
      return this;
    }

    /** Whether numbers written in words are also indexed as digits (default on). */
    public Builder withNumbers(boolean on) {
      this.numbers = on;
      return this;
    }

    /**
     * Whether Syriac and Maghrebi month names are also indexed as the Western name (default on).
     */
    public Builder withMonths(boolean on) {
      this.months = on;
      return this;
    }

    /** Stopwords (normalized here); an empty set turns stopword removal off. */
    public Builder withStopwords(Collection<?> words) {
      this.stopwords = normalizedSet(words);
      return this;
    }

    /** {@code words} (normalized here) added to the stopwords set so far. */
    public Builder withMoreStopwords(Collection<?> words) {
      List<Object> all = new ArrayList<>(stopwords);
      all.addAll(words);
      this.stopwords = normalizedSet(all);
      return this;
    }

    /** {@code words} (normalized here) added to the protected words set so far. */
    public Builder withMoreProtectedWords(Collection<?> words) {
      List<Object> all = new ArrayList<>(protectedWords);
      all.addAll(words);
      this.protectedWords = normalizedSet(all);
      return this;
    }

    /**
     * Whether stopwords are removed (default) or are the only tokens kept: the chain of a field
     * that makes a phrase of function words searchable.
     */
    public Builder withStopwordMode(StopwordMode mode) {
      this.stopwordMode = Objects.requireNonNull(mode);
      return this;
    }

    /** No stopword removal. */
    public Builder withoutStopwords() {
      this.stopwords = CharArraySet.EMPTY_SET;
      return this;
    }

    /** Words the stemmer never cuts (normalized here), replacing the default set. */
    public Builder withProtectedWords(Collection<?> words) {
      this.protectedWords = normalizedSet(words);
      return this;
    }

    /** The character folding rules applied before tokenizing (default: all). */
    public Builder withFolding(Set<ArabicCharFolder.Option> options) {
      this.folding = EnumSet.noneOf(ArabicCharFolder.Option.class);
      this.folding.addAll(options);
      return this;
    }

    /** The token normalization rules (default: all). */
    public Builder withNormalization(Set<FahrasNormalizer.Option> options) {
      this.normalization = EnumSet.noneOf(FahrasNormalizer.Option.class);
      this.normalization.addAll(options);
      return this;
    }

    public FahrasArabicAnalyzer build() {
      return new FahrasArabicAnalyzer(this);
    }
  }
}
