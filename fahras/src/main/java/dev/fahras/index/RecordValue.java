package dev.fahras.index;

import dev.fahras.corpus.Passage;
import dev.fahras.corpus.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * A document's record as it is kept in the index: one binary doc value ({@link Schema#RECORD}) on
 * the record, uncompressed, so a page of hits reads each record where it lies; stored fields
 * decompress a block of records for each (47–65 µs a record against about 10 on the bench index).
 *
 * @param document the document's fields
 * @param text the full original text
 * @param boilerplate start and end of each boilerplate line in {@code text}, in pairs
 * @param extra free-form metadata, in the order given
 */
public record RecordValue(
    DocumentInfo document, String text, int[] boilerplate, Map<String, String> extra) {

  /** The value of {@code doc}'s record, its boilerplate lines being {@code boilerplate}. */
  static BytesRef encode(SourceDocument doc, List<Passage> boilerplate) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      CompactText.write(out, doc.id());
      CompactText.write(out, doc.source());
      CompactText.write(out, doc.title());
      CompactText.write(out, doc.date() == null ? "" : doc.date().toString());
      CompactText.write(out, doc.url());
      CompactText.write(out, doc.text());
      out.writeVInt(boilerplate.size());
      for (Passage b : boilerplate) {
        out.writeVInt(b.start());
        out.writeVInt(b.end() - b.start());
      }
      out.writeVInt(doc.extra().size());
      for (Map.Entry<String, String> e : doc.extra().entrySet()) {
        CompactText.write(out, e.getKey());
        CompactText.write(out, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writes to memory
    }
    return new BytesRef(out.toArrayCopy());
  }

  /** What a hit shows of its document: the fields and its passage's text. */
  public record Excerpt(DocumentInfo document, String text) {}

  /**
   * The fields of the record {@code value} holds and chars {@code start} to {@code end} of its
   * text, the rest of the text not decoded.
   */
  public static Excerpt excerpt(BytesRef value, int start, int end) {
    try {
      return excerpt(input(value), start, end);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reads from memory
    }
  }

  /** The record {@code value} holds. */
  public static RecordValue decode(BytesRef value) {
    ByteArrayDataInput in = input(value);
    try {
      Excerpt head = excerpt(in, 0, Integer.MAX_VALUE);
      int[] boilerplate = new int[2 * in.readVInt()];
      for (int i = 0; i < boilerplate.length; i += 2) {
        boilerplate[i] = in.readVInt();
        boilerplate[i + 1] = boilerplate[i] + in.readVInt();
      }
      int extras = in.readVInt();
      Map<String, String> extra = new LinkedHashMap<>();
      for (int i = 0; i < extras; i++) extra.put(CompactText.read(in), CompactText.read(in));
      return new RecordValue(head.document(), head.text(), boilerplate, extra);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reads from memory
    }
  }

  /** The fields {@link #encode} writes first, in their order, and that range of the text. */
  private static Excerpt excerpt(ByteArrayDataInput in, int start, int end) throws IOException {
    DocumentInfo document =
        new DocumentInfo(
            CompactText.read(in),
            CompactText.read(in),
            CompactText.read(in),
            CompactText.read(in),
            CompactText.read(in));
    return new Excerpt(document, CompactText.readRange(in, start, end));
  }

  private static ByteArrayDataInput input(BytesRef value) {
    return new ByteArrayDataInput(value.bytes, value.offset, value.length);
  }
}
