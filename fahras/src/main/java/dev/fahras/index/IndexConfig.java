package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.PassageSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * How an index is built: the analyzer (with any word lists added to its built-in ones), the passage
 * splitter and IndexWriter tuning. Immutable; use {@link #builder()}.
 *
 * <p>Word lists added here and the corpus's own synonyms are recorded in every commit: {@link
 * #of(Directory)} reads them back, so an index built from a folder with {@code stopwords.txt},
 * {@code protwords.txt} and {@code synonyms.txt} is searched with them without saying so again.
 * Query-time settings are the searcher's ({@code dev.fahras.search.SearcherConfig}); the synonyms
 * kept here are its default.
 */
public final class IndexConfig {
  private final FahrasArabicAnalyzer baseAnalyzer;
  private final FahrasArabicAnalyzer analyzer;
  private final PassageSplitter splitter;
  private final double ramBufferMb;
  private final List<String> addedStopwords;
  private final List<String> addedProtectedWords;
  private final String synonyms;

  private IndexConfig(Builder b) {
    this.baseAnalyzer = b.analyzer;
    this.addedStopwords = List.copyOf(b.addedStopwords);
    this.addedProtectedWords = List.copyOf(b.addedProtectedWords);
    this.analyzer =
        addedStopwords.isEmpty() && addedProtectedWords.isEmpty()
            ? b.analyzer
            : b.analyzer.toBuilder()
                .withMoreStopwords(addedStopwords)
                .withMoreProtectedWords(addedProtectedWords)
                .build();
    this.splitter = b.splitter;
    this.ramBufferMb = b.ramBufferMb;
    this.synonyms = b.synonyms;
  }

  public static IndexConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration recorded in the latest commit of {@code dir}: the default analyzer with the
   * word lists the index was built with, and its synonyms.
   *
   * @throws IndexNotFoundException when {@code dir} holds no index
   */
  public static IndexConfig of(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) throw new IndexNotFoundException("no index in " + dir);
    Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
    return builder()
        .withAddedStopwords(lines(data.get(Schema.COMMIT_ADDED_STOPWORDS)))
        .withAddedProtectedWords(lines(data.get(Schema.COMMIT_ADDED_PROTECTED)))
        .withSynonyms(data.get(Schema.COMMIT_SYNONYMS))
        .build();
  }

  /**
   * The configuration recorded in the index in folder {@code path} ({@link #of(Directory)}).
   *
   * @throws IndexNotFoundException when there is no index at {@code path}
   */
  public static IndexConfig of(Path path) throws IOException {
    if (!Files.isDirectory(path)) throw new IndexNotFoundException("no index at " + path);
    try (Directory dir = FSDirectory.open(path)) {
      return of(dir);
    } catch (IndexNotFoundException e) {
      throw new IndexNotFoundException("no index at " + path);
    }
  }

  private static List<String> lines(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
  }

  public Builder toBuilder() {
    return new Builder()
        .withAnalyzer(baseAnalyzer)
        .withSplitter(splitter)
        .withRamBufferMb(ramBufferMb)
        .withAddedStopwords(addedStopwords)
        .withAddedProtectedWords(addedProtectedWords)
        .withSynonyms(synonyms);
  }

  /** The analyzer the index is built with: the base analyzer plus the added word lists. */
  public FahrasArabicAnalyzer analyzer() {
    return analyzer;
  }

  public PassageSplitter splitter() {
    return splitter;
  }

  public double ramBufferMb() {
    return ramBufferMb;
  }

  public List<String> addedStopwords() {
    return addedStopwords;
  }

  public List<String> addedProtectedWords() {
    return addedProtectedWords;
  }

  /** The corpus's own synonyms (Solr format) kept with the index, or null. */
  public String synonyms() {
    return synonyms;
  }

  /** Builder for {@link IndexConfig}; not thread-safe. */
  public static final class Builder {
    private FahrasArabicAnalyzer analyzer = new FahrasArabicAnalyzer();
    private PassageSplitter splitter = new PassageSplitter();
    private double ramBufferMb = 64;
    private List<String> addedStopwords = List.of();
    private List<String> addedProtectedWords = List.of();
    private String synonyms;

    private Builder() {}

    public Builder withAnalyzer(FahrasArabicAnalyzer analyzer) {
      this.analyzer = Objects.requireNonNull(analyzer);
      return this;
    }

    public Builder withSplitter(PassageSplitter splitter) {
      this.splitter = Objects.requireNonNull(splitter);
      return this;
    }

    /** IndexWriter's RAM buffer; bounds indexing heap (default 64 MB). */
    public Builder withRamBufferMb(double mb) {
      if (mb < 1) throw new IllegalArgumentException("ramBufferMb must be at least 1");
      this.ramBufferMb = mb;
      return this;
    }

    /** Stopwords added to the analyzer's (recorded in the index). */
    public Builder withAddedStopwords(List<String> words) {
      this.addedStopwords = List.copyOf(words);
      return this;
    }

    /** Words the stemmer never cuts, added to the analyzer's (recorded in the index). */
    public Builder withAddedProtectedWords(List<String> words) {
      this.addedProtectedWords = List.copyOf(words);
      return this;
    }

    /**
     * The corpus's own synonyms, Solr format, or null: kept with the index and applied by searchers
     * by default (they do not change what is indexed).
     */
    public Builder withSynonyms(String solrFormat) {
      this.synonyms = solrFormat;
      return this;
    }

    public IndexConfig build() {
      return new IndexConfig(this);
    }
  }
}
