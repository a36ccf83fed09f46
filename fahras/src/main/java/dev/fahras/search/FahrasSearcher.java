package dev.fahras.search;

import dev.fahras.analysis.AnalyzedToken;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IncompatibleIndexException;
import dev.fahras.index.IndexConfig;
import dev.fahras.index.IndexViews;
import dev.fahras.index.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a Fahras index: ranked passages with their document, source and highlights.
 *
 * <p>Thread-safe: share one instance. Opened on a {@link FahrasIndexWriter} it sees what the writer
 * added (near-real-time); opened on a directory it sees each new commit. Searches look for new
 * documents at most every 0.1 s; {@link #refresh()} makes them visible at once. Close it when done.
 */
public final class FahrasSearcher implements Closeable {
  private final IndexView view;

  /** The index's analyzer: queries without synonyms, and passages re-analyzed to highlight. */
  private final Analyzer analyzer;

  private final PassageSearch passages;
  private final TypingAidsCache typingAids = new TypingAidsCache();

  private FahrasSearcher(
      SearcherManager manager,
      Directory ownedDirectory,
      IndexConfig config,
      SearcherConfig searchConfig) {
    this.view = new IndexView(manager, ownedDirectory);
    this.analyzer = Schema.indexAnalyzer(config.analyzer());
    this.passages = PassageSearch.of(analyzer, config, searchConfig);
  }

  /**
   * Opens the index in folder {@code path} with the configuration it records ({@link
   * IndexConfig#of}) and the default synonyms: what the command line does.
   */
  public static FahrasSearcher open(Path path) throws IOException {
    return open(path, IndexConfig.of(path), SearcherConfig.defaults());
  }

  /**
   * Opens the index in folder {@code path}, which must exist and have been built with {@code
   * config}.
   *
   * @throws IndexNotFoundException when there is no index at {@code path}
   * @throws IncompatibleIndexException when it was built with another configuration
   */
  public static FahrasSearcher open(Path path, IndexConfig config, SearcherConfig searchConfig)
      throws IOException {
    if (!Files.isDirectory(path)) throw new IndexNotFoundException("no index at " + path);
    Directory dir = FSDirectory.open(path);
    try {
      return new FahrasSearcher(
          IndexViews.committed(dir, config, IndexView.FACTORY), dir, config, searchConfig);
    } catch (IndexNotFoundException e) {
      dir.close();
      throw new IndexNotFoundException("no index at " + path);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens an index in a directory the caller owns. */
  public static FahrasSearcher open(Directory dir, IndexConfig config, SearcherConfig searchConfig)
      throws IOException {
    return new FahrasSearcher(
        IndexViews.committed(dir, config, IndexView.FACTORY), null, config, searchConfig);
  }

  /** A near-real-time searcher over {@code writer}'s index, including uncommitted documents. */
  public static FahrasSearcher open(FahrasIndexWriter writer) throws IOException {
    return open(writer, SearcherConfig.defaults());
  }

  /** A near-real-time searcher over {@code writer}'s index, including uncommitted documents. */
  public static FahrasSearcher open(FahrasIndexWriter writer, SearcherConfig searchConfig)
      throws IOException {
    return new FahrasSearcher(
        IndexViews.nearRealTime(writer, IndexView.FACTORY), null, writer.config(), searchConfig);
  }

  /**
   * The tokens of {@code text} as the index's analyzer makes them (stemmed, no synonyms): what a
   * passage with this text is found by.
   */
  public List<AnalyzedToken> analyze(String text) throws IOException {
    return AnalyzedToken.analyze(analyzer, Schema.TEXT, text);
  }

  /** Makes documents added or committed since the last refresh visible. */
  public void refresh() throws IOException {
    view.refresh();
  }

  /** Searches with default options. */
  public SearchResult search(String query) throws IOException {
    return search(query, SearchOptions.defaults());
  }

  /**
   * Runs {@code query}.
   *
   * @throws InvalidQueryException when the query is malformed (advanced mode) or over a limit
   */
  public SearchResult search(String query, SearchOptions options) throws IOException {
    long started = System.nanoTime();
    view.maybeRefresh(started);
    // one view for the query as typed and any reading of it
    return view.with(
        s -> {
          SearchResult typed = passages.run(s, query, options, started);
          if (options.mode() != SearchOptions.Mode.PLAIN || query == null || query.isBlank()) {
            return typed;
          }
          return new QueryReadings(s.getIndexReader(), analyzer, typingAids)
              .after(
                  query,
                  typed,
                  meant -> passages.run(s, meant, options, System.nanoTime()),
                  started);
        });
  }

  /**
   * Up to {@code n} completions of the last word of {@code typed}, commonest first, each keeping
   * the words before it and the clitics typed ({@link Suggestion}); those that some passage holds
   * together with the word typed before come first. Empty when the last word has fewer than two
   * letters or the query ends with a space. The first call on a view of the index builds its
   * vocabulary (see {@link #typingAidsCost()}).
   */
  public List<Suggestion> suggest(String typed, int n) throws IOException {
    if (n < 1) throw new IllegalArgumentException("n must be at least 1, was " + n);
    view.maybeRefresh(System.nanoTime());
    return view.with(s -> typingAids.suggest(s, analyzer, typed, n));
  }

  /**
   * Builds the typing aids of the current view on another thread, so the first {@link #suggest}
   * does not wait for them (about 5 s at a million passages); what a server does on opening.
   */
  public CompletableFuture<TypingAidsCost> prepareTypingAids() {
    return view.inBackground(s -> typingAids.cost(s.getIndexReader()));
  }

  /**
   * What the typing aids of the current view cost: distinct words, their estimated bytes (the words
   * and the suggestion FST) and the milliseconds it took to read them from the index. Builds them
   * when not built yet.
   */
  public TypingAidsCost typingAidsCost() throws IOException {
    return view.with(s -> typingAids.cost(s.getIndexReader()));
  }

  /**
   * The passages of other sources that tell what passage {@code passage} of document {@code docId}
   * tells, best first: quotes (the same wording), then the same fact reworded; at most one per
   * document and {@code limit} in all. Empty when no other source carries it.
   *
   * @throws IllegalArgumentException when the document has no such passage
   */
  public List<Counterpart> counterparts(String docId, int passage, int limit) throws IOException {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    view.maybeRefresh(System.nanoTime());
    return view.with(s -> new Counterparts(s, analyzer).of(docId, passage, limit));
  }

  /**
   * The passages that carry {@code text} (a sentence or a paragraph pasted), whole or in part,
   * grouped by document for at most {@code limit} documents: the documents carrying more of it
   * first. Diacritics, hamza seats, digits against number words, a changed word, a dropped or
   * reordered clause do not hide it. Each hit highlights the stretches that carry it.
   *
   * @throws IllegalArgumentException when the text is empty, has fewer than three searchable words
   *     or more than 5,000 characters
   */
  public QuoteResult quotes(String text, int limit) throws IOException {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    view.maybeRefresh(System.nanoTime());
    return view.with(s -> new QuoteFinder(s, analyzer).find(text, limit));
  }

  /**
   * The figures that the passages matching {@code query} (كم عدد قتلى داعش، عدد المهاجمين) give for
   * what it counts: one row per figure, digits and number words alike, with the passages, sources
   * and dates giving it; a row is disputed when another gives a different figure for the same
   * counted word.
   *
   * @throws InvalidQueryException when the query is malformed or over a limit
   */
  public List<FigureRow> figures(String query) throws IOException {
    return new FigureFinder(analyzer).figures(query, q -> search(q, FigureFinder.SEARCH));
  }

  /** Explains why {@code hit} matched {@code query}. */
  public HitExplanation explain(String query, SearchOptions options, PassageHit hit)
      throws IOException {
    return explain(query, options, hit.docId(), hit.passage());
  }

  /**
   * Explains how passage {@code passage} of document {@code docId} matches {@code query}: the words
   * that matched and Lucene's score explanation (score 0 and no words when it does not).
   */
  public HitExplanation explain(String query, SearchOptions options, String docId, int passage)
      throws IOException {
    return view.with(s -> passages.explain(s, query, options, docId, passage));
  }

  /** The full stored text of a document and its boilerplate lines, or null when absent. */
  public StoredDocument document(String docId) throws IOException {
    return view.with(s -> IndexContents.document(s, docId));
  }

  /** Ids of every document in the index, in id order. */
  public List<String> documentIds() throws IOException {
    return view.with(IndexContents::documentIds);
  }

  /** Passages of document {@code docId} (0 when there is no such document). */
  public int passageCount(String docId) throws IOException {
    return view.with(s -> IndexContents.passageCount(s, docId));
  }

  /** Passages in the index. */
  public int passageCount() throws IOException {
    return view.with(IndexContents::passageCount);
  }

  @Override
  public void close() throws IOException {
    view.close();
  }
}
