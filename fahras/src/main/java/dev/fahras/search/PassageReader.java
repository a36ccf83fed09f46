package dev.fahras.search;

import dev.fahras.index.RecordValue;
import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Reads passages for display: a passage's ordinal, span and distance to its record ({@link
 * Schema#TO_RECORD}) are doc values; its text and metadata come from the record's doc value ({@link
 * Schema#RECORD}), of whose text only the passage's span is decoded. For one page of one search;
 * not thread-safe.
 */
final class PassageReader {
  /** A passage: its document's fields, its text, and where it lies in the document's text. */
  record Read(RecordValue.Excerpt passage, int ordinal, int start, int end) {
    String text() {
      return passage.text();
    }
  }

  /** Every passage (not the documents' records). */
  static final Query PASSAGES = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PASSAGE));

  private final List<LeafReaderContext> leaves;

  /**
   * The Lucene document of passage {@code ordinal} of document {@code docId}.
   *
   * @throws IllegalArgumentException when there is no such passage
   */
  static int locate(IndexSearcher searcher, String docId, int ordinal) throws IOException {
    Query one =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
            .add(IntPoint.newExactQuery(Schema.ORDINAL, ordinal), BooleanClause.Occur.FILTER)
            .add(PASSAGES, BooleanClause.Occur.FILTER)
            .build();
    ScoreDoc[] found = searcher.search(one, 1).scoreDocs;
    if (found.length == 0) {
      throw new IllegalArgumentException("no passage " + ordinal + " in document '" + docId + "'");
    }
    return found[0].doc;
  }

  PassageReader(IndexReader reader) {
    this.leaves = reader.leaves();
  }

  Read read(int doc) throws IOException {
    return read(new int[] {doc})[0];
  }

  /**
   * The passages {@code docs}, in that order. They are read in document order, so each segment's
   * doc values are opened once and only move forward.
   */
  Read[] read(int[] docs) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    Read[] out = new Read[docs.length];
    Segment segment = null;
    for (int i : order) {
      segment = segmentOf(docs[i], segment);
      out[i] = read(segment, docs[i]);
    }
    return out;
  }

  /**
   * The document each of the passages {@code docs} (ascending) belongs to, as its record's number:
   * grouping passages by document without reading a record.
   */
  int[] records(int[] docs) throws IOException {
    int[] out = new int[docs.length];
    Segment segment = null;
    for (int i = 0; i < docs.length; i++) {
      segment = segmentOf(docs[i], segment);
      out[i] = recordOf(segment, docs[i]);
    }
    return out;
  }

  /** The segment of {@code doc}: {@code last} while {@code doc} is in it (docs only move on). */
  private Segment segmentOf(int doc, Segment last) throws IOException {
    if (last != null && doc < last.docEnd()) return last;
    return new Segment(leaves.get(ReaderUtil.subIndex(doc, leaves)));
  }

  /** The number of the record of passage {@code doc}, which follows its document's passages. */
  private static int recordOf(Segment segment, int doc) throws IOException {
    return doc + (int) value(segment.toRecord, Schema.TO_RECORD, doc - segment.leaf.docBase);
  }

  private Read read(Segment segment, int doc) throws IOException {
    int local = doc - segment.leaf.docBase;
    int recordDoc = recordOf(segment, doc);
    int ordinal = (int) value(segment.ordinal, Schema.ORDINAL, local);
    int start = (int) value(segment.start, Schema.START, local);
    int end = (int) value(segment.end, Schema.END, local);
    RecordValue.Excerpt passage =
        readRecord(
            segment.records,
            recordDoc - segment.leaf.docBase,
            doc,
            bytes -> RecordValue.excerpt(bytes, start, end));
    SortedDocValues ids = segment.ids;
    String id =
        ids != null && ids.docID() <= local && ids.advanceExact(local)
            ? ids.lookupOrd(ids.ordValue()).utf8ToString()
            : "";
    if (!id.equals(passage.document().id())) {
      throw new CorruptIndexException(
          "passage of '"
              + id
              + "' is not followed by its record but by '"
              + passage.document().id()
              + "'",
          "document " + doc);
    }
    return new Read(passage, ordinal, start, end);
  }

  /** One segment's passage doc values, read forward. */
  private static final class Segment {
    final LeafReaderContext leaf;
    final SortedDocValues ids;
    final NumericDocValues toRecord;
    final NumericDocValues ordinal;
    final NumericDocValues start;
    final NumericDocValues end;
    final BinaryDocValues records;

    Segment(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      LeafReader r = leaf.reader();
      ids = r.getSortedDocValues(Schema.DOC_ID);
      toRecord = r.getNumericDocValues(Schema.TO_RECORD);
      ordinal = r.getNumericDocValues(Schema.ORDINAL);
      start = r.getNumericDocValues(Schema.START);
      end = r.getNumericDocValues(Schema.END);
      records = r.getBinaryDocValues(Schema.RECORD);
    }

    /** The first document past this segment. */
    int docEnd() {
      return leaf.docBase + leaf.reader().maxDoc();
    }
  }

  /** The whole record at {@code local}, for {@code doc} (the record or one of its passages). */
  static StoredDocument record(BinaryDocValues records, int local, int doc) throws IOException {
    return readRecord(records, local, doc, bytes -> StoredDocument.from(RecordValue.decode(bytes)));
  }

  /**
   * {@code read} of the record's bytes at {@code local}, for {@code doc}; a document's passages on
   * one page read their record again (the same document, never an earlier one).
   */
  private static <T> T readRecord(
      BinaryDocValues records, int local, int doc, Function<BytesRef, T> read) throws IOException {
    if (records == null || records.docID() > local || !records.advanceExact(local)) {
      throw new CorruptIndexException("a passage without its record", "document " + doc);
    }
    try {
      return read.apply(records.binaryValue());
    } catch (RuntimeException e) { // bytes that are no record: the index is damaged
      throw new CorruptIndexException("a record that cannot be read", "document " + doc, e);
    }
  }

  /** {@code doc}'s value; the same passage may be asked for twice, never an earlier one. */
  private static long value(NumericDocValues dv, String field, int doc) throws IOException {
    if (dv == null || dv.docID() > doc || !dv.advanceExact(doc)) {
      throw new CorruptIndexException("a passage without its " + field, "document " + doc);
    }
    return dv.longValue();
  }
}
