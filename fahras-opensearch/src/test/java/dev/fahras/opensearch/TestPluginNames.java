package dev.fahras.opensearch;

import java.util.Set;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.opensearch.test.OpenSearchTestCase;

/**
 * Every factory the library registers by SPI (fahrasWordBreak …) has its snake_case name in the
 * plugin (fahras_word_break …): a filter added to the library cannot be forgotten by the cluster.
 */
public class TestPluginNames extends OpenSearchTestCase {
  public void testEveryLibraryFactoryIsRegistered() {
    FahrasAnalysisPlugin plugin = new FahrasAnalysisPlugin();
    int filters = 0;
    for (String spi : TokenFilterFactory.availableTokenFilters()) {
      if (!spi.toLowerCase(java.util.Locale.ROOT).startsWith("fahras")) continue;
      assertRegistered(spi, plugin.getTokenFilters().keySet());
      filters++;
    }
    assertTrue(
        "no fahras token filter found by SPI: " + TokenFilterFactory.availableTokenFilters(),
        filters >= 8);
    int charFilters = 0;
    for (String spi : CharFilterFactory.availableCharFilters()) {
      if (!spi.toLowerCase(java.util.Locale.ROOT).startsWith("fahras")) continue;
      assertRegistered(spi, plugin.getCharFilters().keySet());
      charFilters++;
    }
    assertEquals(1, charFilters);
  }

  /** fahrasWordBreak (or its lower case, as SPI may list it) as fahras_word_break. */
  private static void assertRegistered(String spi, Set<String> names) {
    boolean found = names.stream().anyMatch(n -> n.replace("_", "").equalsIgnoreCase(spi));
    assertTrue(spi + " has no name in the plugin: " + names, found);
  }
}
