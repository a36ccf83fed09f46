package dev.fahras.search;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Set;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The options are a record: every setting of the builder changes a component, and {@code
 * toBuilder()} carries every component over (a forgotten line in either would lose a setting).
 */
public class TestSearchOptions extends LuceneTestCase {
  public void testEverySettingSurvivesToBuilder() throws Exception {
    SearchOptions.Builder b = SearchOptions.builder();
    int settings = 0;
    for (Method m : SearchOptions.Builder.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || !m.getName().startsWith("with")) continue;
      SearchOptions before = b.build();
      m.invoke(b, otherThanDefault(m));
      assertFalse(m.getName() + " changes no option", before.equals(b.build()));
      settings++;
    }
    SearchOptions all = b.build();
    assertEquals(all, all.toBuilder().build());
    // each component differs from the default, so toBuilder() was checked for every one
    SearchOptions defaults = SearchOptions.defaults();
    for (RecordComponent c : SearchOptions.class.getRecordComponents()) {
      Object mine = c.getAccessor().invoke(all);
      Object theirs = c.getAccessor().invoke(defaults);
      assertFalse(c.getName() + " left at its default by the test", mine.equals(theirs));
    }
    assertEquals(SearchOptions.class.getRecordComponents().length, settings + 1); // dates: one
  }

  private static Object[] otherThanDefault(Method m) {
    return switch (m.getName()) {
      case "withLimit" -> new Object[] {7};
      case "withOffset" -> new Object[] {3};
      case "withSources" -> new Object[] {Set.of("s")};
      case "withDateRange" -> new Object[] {LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1)};
      case "withPerDocument" -> new Object[] {5};
      case "withPerSource" -> new Object[] {1};
      case "withCountSources" -> new Object[] {true};
      case "withMode" -> new Object[] {SearchOptions.Mode.ADVANCED};
      case "withHighlight" -> new Object[] {false};
      case "withTimeoutMillis" -> new Object[] {77L};
      case "withRerankDepth" -> new Object[] {9};
      default -> throw new AssertionError(m + ": a setting this test does not know; add it here");
    };
  }

  public void testTheRecordChecksWhatTheBuilderChecks() {
    InvalidOptionException e =
        expectThrows(
            InvalidOptionException.class,
            () ->
                new SearchOptions(
                    0,
                    0,
                    Set.of(),
                    null,
                    null,
                    2,
                    0,
                    false,
                    SearchOptions.Mode.PLAIN,
                    true,
                    2000,
                    100));
    assertEquals("limit", e.option());
    assertEquals("limit must be 1..1000, was 0", e.getMessage());
  }
}
