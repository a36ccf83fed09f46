package dev.fahras.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/** How the search side sees an index: each view checked against the configuration that built it. */
public final class IndexViews {
  private IndexViews() {}

  /**
   * A view of the commits in {@code dir}.
   *
   * @throws IndexNotFoundException when {@code dir} holds no index
   * @throws IncompatibleIndexException when it was built with another schema or analyzer
   */
  public static SearcherManager committed(
      Directory dir, IndexConfig config, SearcherFactory factory) throws IOException {
    if (!DirectoryReader.indexExists(dir)) throw new IndexNotFoundException("no index in " + dir);
    FahrasIndexWriter.checkCompatible(dir, Schema.describe(config.analyzer()));
    return new SearcherManager(dir, factory);
  }

  /** A near-real-time view of {@code writer}'s index, uncommitted documents included. */
  public static SearcherManager nearRealTime(FahrasIndexWriter writer, SearcherFactory factory)
      throws IOException {
    return new SearcherManager(writer.luceneWriter(), factory);
  }
}
