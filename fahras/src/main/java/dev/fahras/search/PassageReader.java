package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;

/**
 * Reads passages for display: a passage's ordinal, span and distance to its record ({@link
 * Schema#TO_RECORD}) are doc values; its text and metadata come from the record, read once per
 * document. For one page of one search; not thread-safe.
 */
final class PassageReader {
  /** A passage's record and where the passage lies in its text. */
  record Read(StoredDocument document, int ordinal, int start, int end) {
    String text() {
      return document.text().substring(start, end);
    }
  }

  private final List<LeafReaderContext> leaves;
  private final StoredFields stored;
  private final Map<Integer, StoredDocument> records = new HashMap<>();

  PassageReader(IndexReader reader) throws IOException {
    this.leaves = reader.leaves();
    this.stored = reader.storedFields();
  }

  Read read(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    int recordDoc = doc + (int) value(leaf, Schema.TO_RECORD, local);
    StoredDocument record = records.get(recordDoc);
    if (record == null) {
      record = StoredDocument.from(stored.document(recordDoc));
      records.put(recordDoc, record);
    }
    SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.DOC_ID);
    String id = ids.advanceExact(local) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
    if (!id.equals(record.id())) {
      throw new CorruptIndexException(
          "passage of '" + id + "' is not followed by its record but by '" + record.id() + "'",
          "document " + doc);
    }
    return new Read(
        record,
        (int) value(leaf, Schema.ORDINAL, local),
        (int) value(leaf, Schema.START, local),
        (int) value(leaf, Schema.END, local));
  }

  private static long value(LeafReaderContext leaf, String field, int doc) throws IOException {
    NumericDocValues dv = leaf.reader().getNumericDocValues(field);
    if (dv == null || !dv.advanceExact(doc)) {
      throw new CorruptIndexException("a passage without its " + field, "document " + doc);
    }
    return dv.longValue();
  }
}
