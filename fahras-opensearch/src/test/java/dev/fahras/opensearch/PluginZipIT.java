package dev.fahras.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.Test;

/**
 * The zip {@code bin/opensearch-plugin install} takes: its descriptor names the plugin class and
 * the engine and Java versions, and it carries Fahras's jars only (the engine has Lucene).
 */
public class PluginZipIT {
  @Test
  public void zipHoldsTheDescriptorAndOnlyFahrasJars() throws IOException {
    String version = System.getProperty("fahras.version", "0.1.0-SNAPSHOT");
    Path zip =
        Path.of(System.getProperty("fahras.root", ".."))
            .resolve("fahras-opensearch/target/fahras-opensearch-" + version + ".zip");
    assertTrue(zip + " was not built", Files.isRegularFile(zip));
    try (ZipFile z = new ZipFile(zip.toFile())) {
      Set<String> names = new TreeSet<>();
      z.stream().map(ZipEntry::getName).forEach(names::add);
      assertEquals(
          Set.of(
              "plugin-descriptor.properties",
              "fahras-analysis-" + version + ".jar",
              "fahras-opensearch-" + version + ".jar"),
          names);
      Properties descriptor = new Properties();
      try (InputStream in = z.getInputStream(z.getEntry("plugin-descriptor.properties"))) {
        descriptor.load(in);
      }
      assertEquals(FahrasAnalysisPlugin.class.getName(), descriptor.getProperty("classname"));
      assertEquals("fahras-opensearch", descriptor.getProperty("name"));
      assertEquals("3.9.0", descriptor.getProperty("opensearch.version"));
      assertEquals("21", descriptor.getProperty("java.version"));
      assertEquals(version, descriptor.getProperty("version"));
    }
  }
}
