package dev.fahras.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines: one document per line, a JSON object with the fields
 *
 * <ul>
 *   <li>{@code id} (string or number, required, unique within the file);
 *   <li>{@code text} (string, required, not blank);
 *   <li>{@code source} (string; default: the file name without extension);
 *   <li>{@code title}, {@code url} (strings), {@code date} (YYYY-MM-DD, or a longer ISO timestamp
 *       whose first ten chars are the date);
 *   <li>any other field: kept as extra stored metadata (as its JSON text when not a string).
 * </ul>
 *
 * <p>Blank lines are skipped. Read as a stream of bytes, one line at a time; a line over the
 * document size limit is skipped without being held in memory.
 */
public final class JsonLinesSource implements DocumentSource {
  private static final Set<String> KNOWN_FIELDS =
      Set.of("id", "text", "source", "title", "date", "url");
  private final Path path;
  private final ReadOptions options;
  private final InputStream in;
  private final long totalBytes;
  private final String defaultSource;
  private final SeenIds seenIds = new SeenIds();
  private byte[] line = new byte[8192];
  private long bytesRead;
  private int lineNo;
  private boolean eof;

  public JsonLinesSource(Path path, ReadOptions options) throws IOException {
    this.path = path;
    this.options = options;
    this.totalBytes = Files.size(path);
    this.in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    this.defaultSource = dot > 0 ? name.substring(0, dot) : name;
  }

  @Override
  public SourceDocument next() throws IOException {
    while (!eof) {
      long lineStart = bytesRead;
      int len = 0;
      boolean tooLong = false;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        bytesRead++;
        if (len >= options.maxDocumentBytes()) {
          tooLong = true;
          continue;
        }
        if (len == line.length)
          line = Arrays.copyOf(line, Math.min(line.length * 2 + 1, Integer.MAX_VALUE - 8));
        line[len++] = (byte) b;
      }
      if (b == -1) eof = true;
      else bytesRead++;
      if (eof && len == 0 && !tooLong) return null;
      lineNo++;
      String where = path + ":" + lineNo;
      if (tooLong) Text.checkSize(bytesRead - lineStart, options.maxDocumentBytes(), where);
      String s = Text.decode(line, len, options.replaceInvalid(), where, lineStart);
      if (s.isBlank()) continue;
      return parse(s, where);
    }
    return null;
  }

  private SourceDocument parse(String s, String where) throws DocumentReadException {
    JsonRecord record;
    try {
      record = JsonRecord.parse(s);
    } catch (JsonRecord.MalformedException e) {
      if (e.notAnObject())
        throw new DocumentReadException(where, "expected a JSON object {\"id\":…,\"text\":…}");
      throw new DocumentReadException(where, "malformed JSON: " + e.getMessage());
    }
    String id = record.text("id");
    if (id == null || id.isBlank())
      throw new DocumentReadException(where, "missing required field 'id'");
    String text = record.string("text");
    if (text == null)
      throw new DocumentReadException(where, "missing required field 'text' (a string)");
    if (text.isBlank())
      throw new DocumentReadException(where, "document '" + id + "' has an empty text");
    if (!seenIds.add(id)) {
      throw new DocumentReadException(
          where, "duplicate id '" + id + "' (ids must be unique in one input)");
    }
    String source = record.text("source");
    LocalDate date = null;
    String d = record.text("date");
    if (d != null && !d.isBlank()) {
      try {
        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
      } catch (DateTimeParseException e) {
        throw new DocumentReadException(where, "date '" + d + "' is not YYYY-MM-DD");
      }
    }
    Map<String, String> extra = new HashMap<>();
    for (Map.Entry<String, JsonRecord.Value> e : record.members().entrySet()) {
      if (!KNOWN_FIELDS.contains(e.getKey())) extra.put(e.getKey(), e.getValue().text());
    }
    return new SourceDocument(
        id,
        source == null || source.isBlank() ? defaultSource : source,
        record.text("title"),
        date,
        record.text("url"),
        Text.normalizeLineEnds(text),
        extra);
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
