package dev.fahras.eval;

import dev.fahras.corpus.JsonRecord;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One evaluation query: what a user types, its category, and an answer pattern that a relevant
 * passage matches after {@link Judge#normalize}.
 */
public record EvalQuery(String id, String category, String query, Pattern answer) {

  /** Reads a queries file: JSON Lines of {"id","cat","q","rel"}. */
  public static List<EvalQuery> read(Path file) throws IOException {
    List<EvalQuery> out = new ArrayList<>();
    int lineNo = 0;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text; save it as UTF-8");
    }
    for (String line : lines) {
      lineNo++;
      if (line.isBlank()) continue;
      String where = file + ":" + lineNo;
      JsonRecord m;
      try {
        m = JsonRecord.parse(line);
      } catch (JsonRecord.MalformedException e) {
        throw new IOException(where + ": malformed JSON: " + e.getMessage());
      }
      String q = m.string("q");
      String rel = m.string("rel");
      if (q == null || rel == null) {
        throw new IOException(where + ": expected {\"id\":…,\"cat\":…,\"q\":…,\"rel\":…}");
      }
      try {
        out.add(
            new EvalQuery(
                String.valueOf(m.text("id")),
                m.text("cat") == null ? "all" : m.text("cat"),
                q,
                Pattern.compile(Judge.normalize(rel))));
      } catch (PatternSyntaxException e) {
        throw new IOException(where + ": bad answer pattern: " + e.getDescription());
      }
    }
    return out;
  }

  /** True when {@code passage} answers this query. */
  public boolean relevant(String passage) {
    return answer.matcher(Judge.normalize(passage)).find();
  }
}
