package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.Passage;
import dev.fahras.corpus.PassageSplitter;
import dev.fahras.corpus.SourceDocument;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * Writes source documents into a Fahras index as passages. Thread-safe: several threads may call
 * {@link #add} at once. Re-adding an id replaces all of its passages in one atomic update.
 *
 * <p>Nothing is visible to a reader opened on the directory until {@link #commit()}; a process
 * killed between commits leaves the index at its last commit. {@link #close()} commits.
 */
public final class FahrasIndexWriter implements Closeable {

  private final Directory directory;
  private final boolean ownsDirectory;
  private final IndexWriter writer;
  private final IndexConfig config;
  private final PassageSplitter splitter;
  private final String analyzerDescription;

  /** Per indexing thread: one analysis pass for the stemmed and stopword passage fields. */
  private final CloseableThreadLocal<PassageStreams> streams = new CloseableThreadLocal<>();

  private final FahrasArabicAnalyzer passageAnalyzer;
  private final Analyzer titleAnalyzer;

  /** The folder, when opened on one by {@link #open(Path, IndexConfig)}; else null. */
  private Path folder;

  private FahrasIndexWriter(Directory directory, boolean ownsDirectory, IndexConfig config)
      throws IOException {
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.config = config;
    this.splitter = config.splitter();
    this.analyzerDescription = Schema.describe(config.analyzer());
    this.passageAnalyzer = Schema.passageAnalyzer(config.analyzer());
    this.titleAnalyzer =
        config.analyzer().toBuilder().withStemming(true).withSynonyms(null).build();
    checkCompatible(directory, analyzerDescription);
    IndexWriterConfig iwc = new IndexWriterConfig(Schema.indexAnalyzer(config.analyzer()));
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    iwc.setRAMBufferSizeMB(config.ramBufferMb());
    iwc.setSimilarity(Schema.SIMILARITY);
    iwc.setMergeScheduler(new QuietMergeScheduler());
    this.writer = new IndexWriter(directory, iwc);
    Map<String, String> data = new HashMap<>();
    data.put(Schema.COMMIT_SCHEMA, Schema.VERSION);
    data.put(Schema.COMMIT_ANALYZER, analyzerDescription);
    data.put(Schema.COMMIT_ADDED_STOPWORDS, String.join("\n", config.addedStopwords()));
    data.put(Schema.COMMIT_ADDED_PROTECTED, String.join("\n", config.addedProtectedWords()));
    String synonyms = config.synonyms();
    if (synonyms == null && DirectoryReader.indexExists(directory)) {
      // a run without synonyms of its own keeps those an earlier run brought
      synonyms = SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.COMMIT_SYNONYMS);
    }
    if (synonyms != null) data.put(Schema.COMMIT_SYNONYMS, synonyms);
    writer.setLiveCommitData(data.entrySet());
  }

  /**
   * Opens (or creates) the index in folder {@code path}, memory-mapped.
   *
   * @throws NotAnIndexFolderException when the folder holds files that are not an index's: they are
   *     left as they are
   */
  public static FahrasIndexWriter open(Path path, IndexConfig config) throws IOException {
    IndexFolder.checkOnlyIndexFiles(path);
    FahrasIndexWriter w = new FahrasIndexWriter(FSDirectory.open(path), true, config);
    w.folder = path;
    return w;
  }

  /** Opens (or creates) an index in a directory the caller owns and closes. */
  public static FahrasIndexWriter open(Directory directory, IndexConfig config) throws IOException {
    return new FahrasIndexWriter(directory, false, config);
  }

  /** A new index held in memory. */
  public static FahrasIndexWriter inMemory(IndexConfig config) throws IOException {
    return new FahrasIndexWriter(new ByteBuffersDirectory(), true, config);
  }

  /**
   * Fails with a message saying to rebuild when {@code directory} holds an index made with another
   * schema or analyzer configuration.
   */
  static void checkCompatible(Directory directory, String analyzerDescription) throws IOException {
    if (!DirectoryReader.indexExists(directory)) return;
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String schema = data.get(Schema.COMMIT_SCHEMA);
    String analyzer = data.get(Schema.COMMIT_ANALYZER);
    if (schema == null) {
      throw new IncompatibleIndexException(
          "this index was not made by Fahras (no schema in its commit); use an empty folder");
    }
    if (!Schema.VERSION.equals(schema) || !analyzerDescription.equals(analyzer)) {
      throw new IncompatibleIndexException(
          "this index was built with another configuration (schema "
              + schema
              + ", analyzer '"
              + analyzer
              + "'; now schema "
              + Schema.VERSION
              + ", analyzer '"
              + analyzerDescription
              + "'); rebuild it: delete the index folder and index again");
    }
  }

  /** Indexes {@code doc}, replacing any document with the same id. */
  public AddResult add(SourceDocument doc) throws IOException {
    // a closed writer says so, rather than failing on a null pointer inside
    if (!writer.isOpen()) throw new AlreadyClosedException("this index writer is closed");
    PassageSplitter.Split split = splitter.split(doc.text(), doc.title());
    List<Document> docs = new ArrayList<>(split.passages().size() + 1);
    PassageStreams s = passageStreams();
    Replay title =
        doc.title().isEmpty() ? null : Replay.of(titleAnalyzer, Schema.TITLE, doc.title());
    int count = split.passages().size();
    for (Passage p : split.passages()) {
      Document d = new Document();
      d.add(new StringField(Schema.TYPE, Schema.TYPE_PASSAGE, Field.Store.NO));
      addDocumentFields(d, doc, title);
      // the stemmed field first: its analysis feeds the stopword field that follows
      d.add(new LazyField(Schema.TEXT, TextField.TYPE_NOT_STORED, () -> s.stemmed(p.text())));
      d.add(new LazyField(Schema.STOPWORDS, Schema.STOPWORDS_TYPE, s::stopwords));
      d.add(new IntPoint(Schema.ORDINAL, p.ordinal()));
      d.add(new NumericDocValuesField(Schema.ORDINAL, p.ordinal()));
      d.add(new NumericDocValuesField(Schema.START, p.start()));
      d.add(new NumericDocValuesField(Schema.END, p.end()));
      d.add(new NumericDocValuesField(Schema.TO_RECORD, count - p.ordinal()));
      docs.add(d);
    }
    Document record = new Document();
    record.add(new StringField(Schema.TYPE, Schema.TYPE_DOCUMENT, Field.Store.NO));
    addEmptyScoredFields(record);
    record.add(new StringField(Schema.DOC_ID, doc.id(), Field.Store.NO));
    record.add(new SortedDocValuesField(Schema.DOC_ID, new BytesRef(doc.id())));
    addDenseValues(record);
    record.add(
        new BinaryDocValuesField(Schema.RECORD, RecordValue.encode(doc, split.boilerplate())));
    docs.add(record);
    writer.updateDocuments(new Term(Schema.DOC_ID, doc.id()), docs);
    return new AddResult(split.passages().size(), split.boilerplate().size(), doc.text().length());
  }

  /** This thread's analysis pass for the passage fields. */
  private PassageStreams passageStreams() {
    PassageStreams mine = streams.get();
    if (mine == null) streams.set(mine = new PassageStreams(passageAnalyzer));
    return mine;
  }

  private static void addDocumentFields(Document d, SourceDocument doc, Replay title) {
    d.add(new StringField(Schema.DOC_ID, doc.id(), Field.Store.NO));
    d.add(new SortedDocValuesField(Schema.DOC_ID, new BytesRef(doc.id())));
    d.add(new StringField(Schema.SOURCE, doc.source(), Field.Store.NO));
    d.add(new SortedDocValuesField(Schema.SOURCE, new BytesRef(doc.source())));
    if (title != null) {
      d.add(new Field(Schema.TITLE, title.stream(), TextField.TYPE_NOT_STORED));
    } else {
      d.add(new Field(Schema.TITLE, "", TextField.TYPE_NOT_STORED));
    }
    if (doc.date() != null) {
      long day = doc.date().toEpochDay();
      d.add(new LongPoint(Schema.DATE, day));
      d.add(new NumericDocValuesField(Schema.DATE, day));
    }
  }

  /**
   * Empty scored fields on a record: a field with no tokens adds no term and leaves the field's
   * statistics (document count, average length) as they were, but gives the document a norm, so the
   * norms of the scored fields stay dense. Sparse norms (every record missing them) cost a lookup
   * through a sparse index for each scored hit: about a tenth of the search time.
   */
  private static void addEmptyScoredFields(Document record) {
    record.add(new Field(Schema.TEXT, "", TextField.TYPE_NOT_STORED));
    record.add(new Field(Schema.TITLE, "", TextField.TYPE_NOT_STORED));
  }

  /**
   * The passages' numeric doc values on a record too, as -1 (never a passage's): a value every
   * document has is read straight from its array, where a field some documents lack goes through an
   * index of the documents that have it, for each hit of a page and each candidate of the
   * selection. The ordinal's point comes along, as Lucene wants a field indexed alike in every
   * document.
   */
  private static void addDenseValues(Document record) {
    record.add(new IntPoint(Schema.ORDINAL, -1));
    for (String field : List.of(Schema.ORDINAL, Schema.START, Schema.END, Schema.TO_RECORD)) {
      record.add(new NumericDocValuesField(field, -1));
    }
  }

  /**
   * Deletes the document with this id and all its passages.
   *
   * @return whether the index held such a document, committed or not
   */
  public boolean delete(String id) throws IOException {
    return !delete(List.of(id)).isEmpty();
  }

  /**
   * Deletes the documents with these ids and all their passages, looking them up in one
   * near-real-time view (a view per id made deleting many ids quadratic).
   *
   * @return the ids the index held, committed or not, in the order given
   */
  public List<String> delete(Collection<String> ids) throws IOException {
    List<String> found = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String id : new LinkedHashSet<>(ids)) {
        Term term = new Term(Schema.DOC_ID, id);
        if (searcher.count(new TermQuery(term)) > 0) found.add(id);
        terms.add(term);
      }
    }
    writer.deleteDocuments(terms.toArray(Term[]::new));
    return found;
  }

  /**
   * Background merges whose failure (a full disk) is not printed as a thread's stack trace: the
   * writer keeps it and its next commit or close fails with it, where the caller reports it.
   */
  private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable exc) {}
  }

  /** After a failed close, what no commit references, in a folder this writer opened. */
  private void removeUncommitted(Exception failure) {
    if (folder == null) return;
    try {
      IndexFolder.removeUncommitted(folder);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Makes everything added so far durable and visible to new readers. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Discards everything since the last commit and closes. */
  public void rollback() throws IOException {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      removeUncommitted(e);
      throw e;
    } finally {
      if (ownsDirectory) directory.close();
    }
  }

  /** The Lucene writer, for near-real-time readers ({@link IndexViews#nearRealTime}). */
  IndexWriter luceneWriter() {
    return writer;
  }

  public Directory directory() {
    return directory;
  }

  public IndexConfig config() {
    return config;
  }

  /**
   * Commits and closes. When the commit fails (a full disk), the index keeps its last commit and
   * the files written since are removed.
   */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
      // a writer that a failed flush or merge closed already commits nothing more
      if (writer.getTragicException() != null) {
        removeUncommitted(new IOException("after the writer's failure"));
      }
    } catch (IOException | RuntimeException e) {
      removeUncommitted(e);
      throw e;
    } finally {
      streams.close();
      if (ownsDirectory && !(directory instanceof ByteBuffersDirectory)) directory.close();
    }
  }
}
