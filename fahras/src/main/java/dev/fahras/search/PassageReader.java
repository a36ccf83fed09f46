package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.StoredFields;

/**
 * Reads passages for display: a passage stores only its id, span and the distance to its record
 * ({@link Schema#TO_RECORD}); its text and metadata come from the record, read once per document.
 * For one page of one search; not thread-safe.
 */
final class PassageReader {
  /** A passage's record and where the passage lies in its text. */
  record Read(StoredDocument document, int ordinal, int start, int end) {
    String text() {
      return document.text().substring(start, end);
    }
  }

  private final StoredFields stored;
  private final Map<Integer, StoredDocument> records = new HashMap<>();

  PassageReader(StoredFields stored) {
    this.stored = stored;
  }

  Read read(int doc) throws IOException {
    Document p = stored.document(doc);
    int recordDoc = doc + p.getField(Schema.TO_RECORD).numericValue().intValue();
    StoredDocument record = records.get(recordDoc);
    if (record == null) {
      record = StoredDocument.from(stored.document(recordDoc));
      records.put(recordDoc, record);
    }
    String id = p.get(Schema.DOC_ID);
    if (!id.equals(record.id())) {
      throw new CorruptIndexException(
          "passage of '" + id + "' is not followed by its record but by '" + record.id() + "'",
          "document " + doc);
    }
    return new Read(
        record,
        p.getField(Schema.ORDINAL).numericValue().intValue(),
        p.getField(Schema.START).numericValue().intValue(),
        p.getField(Schema.END).numericValue().intValue());
  }
}
