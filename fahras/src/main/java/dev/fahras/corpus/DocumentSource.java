package dev.fahras.corpus;

import java.io.IOException;

/**
 * A stream of source documents, read one at a time (never the whole corpus in memory). Not
 * thread-safe.
 */
public interface DocumentSource extends AutoCloseable {
  /**
   * Returns the next document, or null at the end.
   *
   * @throws DocumentReadException for one bad record; the source stays usable and the next call
   *     continues after it (the caller chooses to stop or to skip and count)
   */
  SourceDocument next() throws IOException;

  /** Bytes of input consumed so far. */
  long bytesRead();

  /** Total bytes of input, or -1 when unknown. */
  long totalBytes();

  @Override
  void close() throws IOException;
}
