package dev.fahras.search;

import dev.fahras.analysis.Synonyms;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How a searcher treats queries, apart from how the index was built: one index can be searched with
 * different settings. Immutable; use {@link #builder()}.
 */
public final class SearcherConfig {
  private final SynonymMap synonyms;

  private SearcherConfig(Builder b) {
    this.synonyms = b.synonyms;
  }

  /** The built-in synonyms. */
  public static SearcherConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Query-time synonyms, or null for none. */
  public SynonymMap synonyms() {
    return synonyms;
  }

  /** Builder for {@link SearcherConfig}; not thread-safe. */
  public static final class Builder {
    private SynonymMap synonyms = Synonyms.defaults();

    private Builder() {}

    /**
     * Query-time synonyms, e.g. {@code Synonyms.defaultsAnd(path)} (the built-in set and yours) or
     * {@code Synonyms.read(path)} (yours only); null for none. They do not change the index.
     */
    public Builder withSynonyms(SynonymMap synonyms) {
      this.synonyms = synonyms;
      return this;
    }

    public SearcherConfig build() {
      return new SearcherConfig(this);
    }
  }
}
