package dev.fahras.search;

import dev.fahras.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** What a view of the index holds: its documents, their records and passage counts. */
final class IndexContents {
  private IndexContents() {}

  /** Every document's record (never a passage). */
  static final Query RECORDS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_DOCUMENT));

  /** The full stored text of a document and its boilerplate lines, or null when absent. */
  static StoredDocument document(IndexSearcher searcher, String docId) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
            .add(RECORDS, BooleanClause.Occur.FILTER)
            .build();
    var top = searcher.search(q, 1);
    if (top.scoreDocs.length == 0) return null;
    int doc = top.scoreDocs[0].doc;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return PassageReader.record(
        leaf.reader().getBinaryDocValues(Schema.RECORD), doc - leaf.docBase, doc);
  }

  /** Ids of every document, in id order. */
  static List<String> documentIds(IndexSearcher searcher) throws IOException {
    List<String> ids = new ArrayList<>();
    var top =
        searcher.search(
            RECORDS,
            Math.max(1, searcher.getIndexReader().numDocs()),
            new Sort(new SortField(Schema.DOC_ID, SortField.Type.STRING)));
    for (var sd : top.scoreDocs) ids.add(((BytesRef) ((FieldDoc) sd).fields[0]).utf8ToString());
    return ids;
  }

  /** Passages of document {@code docId} (0 when there is no such document). */
  static int passageCount(IndexSearcher searcher, String docId) throws IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
            .add(PassageReader.PASSAGES, BooleanClause.Occur.FILTER)
            .build());
  }

  /** Passages in the index. */
  static int passageCount(IndexSearcher searcher) throws IOException {
    return searcher.count(PassageReader.PASSAGES);
  }
}
