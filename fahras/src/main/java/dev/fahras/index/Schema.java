package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The index's field names and how each field is analyzed; the one place that knows them.
 *
 * <p>An index holds two kinds of Lucene documents, told apart by {@link #TYPE}:
 *
 * <ul>
 *   <li>a passage ({@link #TYPE_PASSAGE}): {@link #TEXT} (stemmed; each position's payload codes
 *       the word's normalized form, so ranking can put exact forms above stem-only matches) and its
 *       stopwords ({@link #STOPWORDS}); the passage's {@link #ORDINAL}, {@link #START} and {@link
 *       #END} in its document; and the document-level fields filters and grouping need ({@link
 *       #DOC_ID}, {@link #SOURCE}, {@link #TITLE}, {@link #DATE}) indexed, so filters need no join.
 *       A passage stores nothing: its ordinal, span and {@link #TO_RECORD} are doc values, and its
 *       text and the fields shown with it are read from its document's record, once per document of
 *       a page;
 *   <li>a document record ({@link #TYPE_DOCUMENT}): one binary doc value ({@link #RECORD}) with the
 *       document's fields, full original text, the boilerplate lines set aside and extra metadata.
 *       Indexed only by {@link #TYPE} and {@link #DOC_ID}, so no query on the passage fields
 *       matches it: never a search result, and no filter needed to exclude it. Nothing in the index
 *       is a stored field (since schema 8).
 * </ul>
 */
public final class Schema {
  private Schema() {}

  /** Version of this layout; recorded in every commit. */
  public static final String VERSION = "8";

  public static final String TYPE = "type";
  public static final String TYPE_PASSAGE = "passage";
  public static final String TYPE_DOCUMENT = "document";

  /** Document id: keyword, sorted doc values (tie-breaks, per-document caps, the id list). */
  public static final String DOC_ID = "doc_id";

  /** Outlet: keyword and sorted doc values (filters, per-source counts and grouping). */
  public static final String SOURCE = "source";

  /** Headline: stemmed text. */
  public static final String TITLE = "title";

  /** Publication day: long point and numeric doc values of the epoch day (ISO text on records). */
  public static final String DATE = "date";

  public static final String URL = "url";

  /** Passage text, stemmed. */
  public static final String TEXT = "text";

  /**
   * The words' exact forms: the passage text normalized but not stemmed. The name of an analysis
   * and of the advanced syntax's {@code exact:} field, not of an indexed field: the forms are found
   * through the payload codes on {@link #TEXT} (until schema 6 they were indexed again under this
   * name, which cost a third of the indexing time).
   */
  public static final String EXACT_FORMS = "text_exact";

  /**
   * The passage's stopwords, at their positions in the text (the other words leave gaps), with
   * proclitics also as the bare stopword: the field a query of stopwords only (ومن قبل, فكيف) is
   * searched on, as a phrase. No other query reads it.
   */
  public static final String STOPWORDS = "text_stop";

  /**
   * How {@link #STOPWORDS} is indexed: positions for phrases, no norms (the passage's length does
   * not matter to a phrase of function words, and a norm would cost every passage a byte).
   */
  public static final FieldType STOPWORDS_TYPE = stopwordsType();

  private static FieldType stopwordsType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  public static final String ORDINAL = "ordinal";

  /**
   * A passage's doc value: how many documents after it its record is. A document's passages and
   * record are added as one block, which Lucene keeps contiguous and in order through merges.
   */
  public static final String TO_RECORD = "to_record";

  public static final String START = "start";
  public static final String END = "end";

  /**
   * A record's one doc value: the document's fields, full original text, boilerplate spans and
   * extra metadata ({@link RecordValue}).
   */
  public static final String RECORD = "record";

  /**
   * Ranking: BM25 with Lucene's defaults (k1 1.2, b 0.75), set explicitly on writer and searcher.
   */
  public static final Similarity SIMILARITY = new BM25Similarity();

  /** Commit user-data keys. */
  public static final String COMMIT_SCHEMA = "fahras.schema";

  public static final String COMMIT_ANALYZER = "fahras.analyzer";

  /** Word lists added to the analyzer's, one word a line, and the corpus's synonyms. */
  public static final String COMMIT_ADDED_STOPWORDS = "fahras.stopwords.added";

  public static final String COMMIT_ADDED_PROTECTED = "fahras.protwords.added";
  public static final String COMMIT_SYNONYMS = "fahras.synonyms";

  /**
   * The analyzer for each field, built on {@code base} (its stemming setting is overridden, and
   * synonyms are left out: they apply at query time only).
   */
  public static Analyzer indexAnalyzer(FahrasArabicAnalyzer base) {
    return perField(base.toBuilder().withSynonyms(null).build());
  }

  /**
   * The query-side analyzer for each field: the index analyzer plus {@code synonyms} (or none) on
   * the stemmed fields. The exact field gets no synonyms, so the words the user typed outrank their
   * synonyms.
   */
  public static Analyzer queryAnalyzer(FahrasArabicAnalyzer base, SynonymMap synonyms) {
    return perField(
        base.toBuilder().withSynonyms(synonyms).build(),
        base.toBuilder().withSynonyms(null).build());
  }

  private static Analyzer perField(FahrasArabicAnalyzer base) {
    return perField(base, base);
  }

  private static Analyzer perField(FahrasArabicAnalyzer base, FahrasArabicAnalyzer exactBase) {
    FahrasArabicAnalyzer stemmed = base.toBuilder().withStemming(true).build();
    FahrasArabicAnalyzer exact = exactBase.toBuilder().withStemming(false).build();
    return new PerFieldAnalyzerWrapper(
        stemmed,
        Map.of(
            EXACT_FORMS, exact,
            STOPWORDS,
                exact.toBuilder()
                    .withStopwordMode(FahrasArabicAnalyzer.StopwordMode.ONLY_WITH_BARE)
                    .build(),
            DOC_ID, new KeywordAnalyzer(),
            SOURCE, new KeywordAnalyzer(),
            TYPE, new KeywordAnalyzer()));
  }

  /** How {@link #TEXT} is analyzed at index time: stemmed, with the exact forms' payload codes. */
  public static FahrasArabicAnalyzer passageAnalyzer(FahrasArabicAnalyzer base) {
    return base.toBuilder()
        .withStemming(true)
        .withSynonyms(null)
        .withExactFormPayloads(true)
        .build();
  }

  /** The analyzer description recorded in commits for {@code base}. */
  public static String describe(FahrasArabicAnalyzer base) {
    return passageAnalyzer(base).describe();
  }
}
