package dev.fahras.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Something that returns ranked passages for a query, for evaluation side by side. */
public interface RetrievalSystem extends Closeable {
  /** A returned passage: its document, its passage id ({@code docId#n}) and text. */
  record Result(String docId, String passageId, String text) {}

  String name();

  List<Result> search(String query, int k) throws IOException;
}
