package dev.fahras.web;

import dev.fahras.search.FahrasSearcher;
import java.io.IOException;

/** Where each request gets its searcher: one fixed searcher, or an index folder that may change. */
public interface Searchers {
  /**
   * The searcher for one request; close the lease when the request is done.
   *
   * @throws IndexUnavailableException when there is no index to search now
   */
  Lease acquire() throws IOException;

  /** A searcher held for one request. */
  interface Lease extends AutoCloseable {
    FahrasSearcher searcher();

    @Override
    void close();
  }

  /** Always {@code searcher}, which the caller owns and closes. */
  static Searchers fixed(FahrasSearcher searcher) {
    Lease lease =
        new Lease() {
          @Override
          public FahrasSearcher searcher() {
            return searcher;
          }

          @Override
          public void close() {}
        };
    return () -> lease;
  }

  /** No index can be searched now (it was deleted, or is being rebuilt); answered with 503. */
  final class IndexUnavailableException extends IOException {
    public IndexUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
