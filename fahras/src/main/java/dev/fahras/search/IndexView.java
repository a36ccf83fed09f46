package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * A searcher's view of its index: the current one is acquired for each call and released after, and
 * new documents are looked for at most every 0.1 s (the look, for a folder, lists it and reads the
 * latest commit, which would otherwise cost every search).
 */
final class IndexView implements Closeable {
  /** Searchers ranking by {@link Schema#SIMILARITY}. */
  static final SearcherFactory FACTORY =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher s = new IndexSearcher(reader);
          s.setSimilarity(Schema.SIMILARITY);
          return s;
        }
      };

  private static final long REFRESH_NANOS = 100_000_000L;

  private final SearcherManager manager;
  private final Directory ownedDirectory;
  private volatile long lastRefreshCheck = System.nanoTime() - REFRESH_NANOS;

  /** Over {@code manager}; {@code ownedDirectory} (or null) is closed with it. */
  IndexView(SearcherManager manager, Directory ownedDirectory) {
    this.manager = manager;
    this.ownedDirectory = ownedDirectory;
  }

  /** Work on the current view. */
  interface Work<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  /** {@code work} on the current view, released after. */
  <T> T with(Work<T> work) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return work.on(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** {@code work} on the current view, on another thread. */
  <T> CompletableFuture<T> inBackground(Work<T> work) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return with(work);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Looks for new documents, unless it did less than 0.1 s before {@code now}. */
  void maybeRefresh(long now) throws IOException {
    if (now - lastRefreshCheck < REFRESH_NANOS) return;
    lastRefreshCheck = now;
    manager.maybeRefresh();
  }

  /** Makes documents added or committed since the last refresh visible, now. */
  void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      if (ownedDirectory != null) ownedDirectory.close();
    }
  }
}
