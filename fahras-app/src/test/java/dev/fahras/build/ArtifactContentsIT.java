package dev.fahras.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * What an embedding user gets: each library jar holds only its own packages and resources, and
 * needs nothing at run time beyond the dependencies the module promises (README, "Modules").
 */
public class ArtifactContentsIT extends LuceneTestCase {
  private static final Set<String> LUCENE_ANALYSIS =
      Set.of("org.apache.lucene:lucene-core", "org.apache.lucene:lucene-analysis-common");

  public void testAnalysisJar() throws IOException {
    LibraryArtifacts a = LibraryArtifacts.of("fahras-analysis");
    assertOnly(a.entries(), List.of("dev/fahras/analysis/"));
    assertEquals(LUCENE_ANALYSIS, a.runtimeCoordinates());
    assertEquals("dev.fahras.analysis", a.manifestAttribute("Automatic-Module-Name"));
    // the SPI registrations name classes the jar holds, so CustomAnalyzer and Solr find them by
    // name
    try (JarFile f = new JarFile(a.jar().toFile())) {
      for (String service :
          List.of(
              "org.apache.lucene.analysis.TokenFilterFactory",
              "org.apache.lucene.analysis.CharFilterFactory")) {
        var entry = f.getEntry("META-INF/services/" + service);
        assertNotNull(service, entry);
        String providers =
            new String(f.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        for (String line :
            providers
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
          assertNotNull(line, f.getEntry(line.replace('.', '/') + ".class"));
        }
      }
    }
  }

  public void testLibraryJar() throws IOException {
    LibraryArtifacts a = LibraryArtifacts.of("fahras");
    assertOnly(
        a.entries(), List.of("dev/fahras/corpus/", "dev/fahras/index/", "dev/fahras/search/"));
    assertEquals("dev.fahras", a.manifestAttribute("Automatic-Module-Name"));
    Set<String> expected = new TreeSet<>(LUCENE_ANALYSIS);
    expected.add("dev.fahras:fahras-analysis");
    expected.add("org.apache.lucene:lucene-queryparser");
    expected.add("org.apache.lucene:lucene-queries"); // span queries; queryparser needs it too
    // lucene-queryparser's own dependencies
    expected.addAll(Set.of("org.apache.lucene:lucene-sandbox", "org.apache.lucene:lucene-facet"));
    expected.add("org.apache.lucene:lucene-suggest"); // the typing aids' weighted FST
    expected.add("com.fasterxml.jackson.core:jackson-core");
    assertEquals(expected, a.runtimeCoordinates());
  }

  /** Entries are Maven/manifest metadata, SPI registrations, or under one of {@code packages}. */
  private static void assertOnly(List<String> entries, List<String> packages) {
    assertFalse("empty jar", entries.isEmpty());
    for (String e : entries) {
      if (e.endsWith("/")) continue; // folders
      if (e.equals("META-INF/MANIFEST.MF")
          || e.startsWith("META-INF/maven/")
          || e.startsWith("META-INF/services/")) continue;
      assertTrue(e + " does not belong in this jar", packages.stream().anyMatch(e::startsWith));
      assertFalse(e, e.endsWith(".js") || e.endsWith(".css") || e.endsWith(".html"));
    }
  }
}
