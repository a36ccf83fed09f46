package dev.fahras.index;

import dev.fahras.analysis.FahrasArabicAnalyzer;
import dev.fahras.corpus.PassageSplitter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Every setting of the index configuration's builder is carried over by {@code toBuilder()} (a
 * forgotten line would rebuild an index another way than it was asked): each is set to a value
 * other than its default and read back after the round trip.
 */
public class TestIndexConfig extends LuceneTestCase {
  public void testToBuilderKeepsEverySetting() throws Exception {
    IndexConfig.Builder b = IndexConfig.builder();
    for (Method m : IndexConfig.Builder.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || !m.getName().startsWith("with")) continue;
      m.invoke(b, otherThanDefault(m));
    }
    IndexConfig set = b.build();
    IndexConfig again = set.toBuilder().build();
    assertEquals(view(set), view(again));
    assertFalse(view(set).equals(view(IndexConfig.defaults())));
  }

  /** What the configuration holds, comparable: the analyzer by its description. */
  private static List<Object> view(IndexConfig c) {
    List<Object> out = new ArrayList<>();
    out.add(c.analyzer().describe());
    out.add(c.splitter());
    out.add(c.ramBufferMb());
    out.add(c.addedStopwords());
    out.add(c.addedProtectedWords());
    out.add(c.synonyms());
    return out;
  }

  private static final PassageSplitter SPLITTER = new PassageSplitter().withBoilerplate(false);

  private static Object[] otherThanDefault(Method m) {
    return switch (m.getName()) {
      case "withAnalyzer" ->
          new Object[] {FahrasArabicAnalyzer.builder().withDaggerAlef(false).build()};
      case "withSplitter" -> new Object[] {SPLITTER};
      case "withRamBufferMb" -> new Object[] {32.0};
      case "withAddedStopwords" -> new Object[] {List.of("كذا")};
      case "withAddedProtectedWords" -> new Object[] {List.of("غويران")};
      case "withSynonyms" -> new Object[] {"سجن, معتقل"};
      default -> throw new AssertionError(m + ": a setting this test does not know; add it here");
    };
  }
}
