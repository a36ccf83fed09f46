package dev.fahras.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestJudge extends LuceneTestCase {
  /** A pattern written with ى or ة matches the text as the text is normalized. */
  public void testPatternNormalizedLikeText() throws Exception {
    Path file = createTempDir().resolve("q.jsonl");
    Files.writeString(
        file, "{\"id\":\"V\",\"q\":\"x\",\"rel\":\"قوى الامن|مدرسة\"}\n", StandardCharsets.UTF_8);
    EvalQuery q = EvalQuery.read(file).get(0);
    assertTrue(q.relevant("أعلنت قوى الأمن الداخلي"));
    assertTrue(q.relevant("في المدرسة"));
    assertFalse(q.relevant("قوات أخرى"));
  }

  public void testQueriesFileNotUtf8IsNamed() throws Exception {
    Path file = createTempDir().resolve("bad.jsonl");
    Files.write(file, new byte[] {'{', (byte) 0xFF, '}', '\n'});
    java.io.IOException e = expectThrows(java.io.IOException.class, () -> EvalQuery.read(file));
    assertTrue(e.getMessage(), e.getMessage().contains("bad.jsonl: not UTF-8 text"));
  }
}
