package dev.fahras.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How a searcher treats queries, apart from how the index was built: one index can be searched with
 * different settings. Immutable; use {@link #builder()}.
 */
public final class SearcherConfig {
  private final boolean defaultSynonyms;
  private final SynonymMap synonyms;
  private final Set<Evidence> evidenceOff;

  private SearcherConfig(Builder b) {
    this.defaultSynonyms = b.defaultSynonyms;
    this.synonyms = b.synonyms;
    this.evidenceOff = Set.copyOf(b.evidenceOff);
  }

  /** The default ranking evidence and synonyms (the index's own). */
  public static SearcherConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether queries get the default synonyms: those kept with the index ({@code
   * IndexConfig.synonyms()}), and the built-in set ({@code Synonyms.defaults()}) when {@link
   * Evidence#BUILT_IN_SYNONYMS} is on.
   */
  public boolean defaultSynonyms() {
    return defaultSynonyms;
  }

  /** The synonyms chosen instead of the default, or null (none, or the default). */
  public SynonymMap synonyms() {
    return synonyms;
  }

  /**
   * The ranking evidence switched off: by default the kinds that are opt-in ({@link
   * Evidence#onByDefault}).
   */
  public Set<Evidence> evidenceOff() {
    return evidenceOff;
  }

  /** Builder for {@link SearcherConfig}; not thread-safe. */
  public static final class Builder {
    private boolean defaultSynonyms = true;
    private SynonymMap synonyms;
    private final Set<Evidence> evidenceOff = EnumSet.noneOf(Evidence.class);

    {
      for (Evidence e : Evidence.values()) if (!e.onByDefault()) evidenceOff.add(e);
    }

    private Builder() {}

    /**
     * Query-time synonyms instead of the default, e.g. {@code Synonyms.defaultsAnd(path)} (the
     * built-in set and yours) or {@code Synonyms.read(path)} (yours only); null for none. They do
     * not change the index.
     */
    public Builder withSynonyms(SynonymMap synonyms) {
      this.defaultSynonyms = false;
      this.synonyms = synonyms;
      return this;
    }

    /** Ranks with these kinds of evidence too, the opt-in ones among them ({@link Evidence}). */
    public Builder withEvidence(Evidence... kinds) {
      evidenceOff.removeAll(List.of(kinds));
      return this;
    }

    /** Ranks without these kinds of evidence ({@link Evidence}); the eval's ablation uses it. */
    public Builder withoutEvidence(Evidence... kinds) {
      evidenceOff.addAll(List.of(kinds));
      return this;
    }

    public SearcherConfig build() {
      return new SearcherConfig(this);
    }
  }
}
