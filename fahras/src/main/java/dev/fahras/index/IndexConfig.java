package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.PassageSplitter;
import java.util.Objects;

/**
 * How an index is built: the analyzer, the passage splitter and IndexWriter tuning. Immutable; use
 * {@link #builder()}. Query-time settings (synonyms) are the searcher's: {@code
 * dev.fahras.search.SearcherConfig}.
 */
public final class IndexConfig {
  private final FahrasArabicAnalyzer analyzer;
  private final PassageSplitter splitter;
  private final double ramBufferMb;

  private IndexConfig(Builder b) {
    this.analyzer = b.analyzer;
    this.splitter = b.splitter;
    this.ramBufferMb = b.ramBufferMb;
  }

  public static IndexConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().withAnalyzer(analyzer).withSplitter(splitter).withRamBufferMb(ramBufferMb);
  }

  public FahrasArabicAnalyzer analyzer() {
    return analyzer;
  }

  public PassageSplitter splitter() {
    return splitter;
  }

  public double ramBufferMb() {
    return ramBufferMb;
  }

  /** Builder for {@link IndexConfig}; not thread-safe. */
  public static final class Builder {
    private FahrasArabicAnalyzer analyzer = new FahrasArabicAnalyzer();
    private PassageSplitter splitter = new PassageSplitter();
    private double ramBufferMb = 64;

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

    public IndexConfig build() {
      return new IndexConfig(this);
    }
  }
}
