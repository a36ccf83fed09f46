package dev.fahras.analysis;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Every setting of the analyzer's builder reaches {@link FahrasArabicAnalyzer#describe()}, which an
 * index records to refuse a search with other tokens: a setting left out of it would let an index
 * built one way be searched another, silently. Each {@code with…} method is found by reflection, so
 * a new one that this test cannot vary fails it until it is added here.
 */
public class TestAnalyzerDescription extends LuceneTestCase {
  public void testEverySettingChangesTheDescription() throws Exception {
    List<String> tried = new ArrayList<>();
    for (Method m : FahrasArabicAnalyzer.Builder.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || !m.getName().startsWith("with")) continue;
      if (m.getParameterCount() == 0) { // withoutStopwords(): against the default
        String changed = build(m, new Object[0]);
        String defaults = FahrasArabicAnalyzer.builder().build().describe();
        assertFalse(m.getName() + " does not reach describe()", changed.equals(defaults));
        tried.add(m.getName());
        continue;
      }
      Object[][] values = twoValues(m);
      assertNotNull(m + ": a setting this test cannot vary; add two values of it here", values);
      String a = build(m, values[0]);
      String b = build(m, values[1]);
      assertFalse(m.getName() + " does not reach describe(): " + a, a.equals(b));
      tried.add(m.getName());
    }
    assertTrue(tried.toString(), tried.size() >= 14);
  }

  private static String build(Method m, Object[] args) throws Exception {
    FahrasArabicAnalyzer.Builder b = FahrasArabicAnalyzer.builder();
    return ((FahrasArabicAnalyzer.Builder) m.invoke(b, args)).build().describe();
  }

  /** Two arguments of {@code m} that configure the analyzer differently, or null. */
  private static Object[][] twoValues(Method m) throws Exception {
    Class<?> t = m.getParameterTypes()[0];
    if (t == boolean.class) return new Object[][] {{true}, {false}};
    if (t.isEnum()) {
      Object[] constants = t.getEnumConstants();
      return new Object[][] {{constants[0]}, {constants[constants.length - 1]}};
    }
    if (t == java.util.Collection.class) {
      return new Object[][] {{List.of("كلمة")}, {List.of("كلمة", "أخرى")}};
    }
    if (t == Set.class) {
      Class<?> option =
          m.getName().equals("withFolding")
              ? ArabicCharFolder.Option.class
              : FahrasNormalizer.Option.class;
      return new Object[][] {{noneOf(option)}, {allOf(option)}};
    }
    if (t == SynonymMap.class) {
      return new Object[][] {{null}, {Synonyms.defaults()}};
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Set<?> noneOf(Class<?> e) {
    return EnumSet.noneOf((Class) e);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Set<?> allOf(Class<?> e) {
    return EnumSet.allOf((Class) e);
  }
}
