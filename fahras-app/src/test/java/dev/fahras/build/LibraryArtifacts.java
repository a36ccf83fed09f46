package dev.fahras.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A library module's packaged jar and the run-time dependencies Maven resolved for it. */
record LibraryArtifacts(Path jar, List<Path> runtimeJars, Set<String> runtimeCoordinates) {
  // "   group:artifact:jar:version:scope:/abs/path.jar -- module ..." from dependency:list
  private static final Pattern LINE =
      Pattern.compile("^\\s+([^:\\s]+):([^:]+):jar:([^:]+):(compile|runtime):(.+?\\.jar)");

  static LibraryArtifacts of(String module) throws IOException {
    Path root = Path.of(System.getProperty("fahras.root", "."));
    String version = System.getProperty("fahras.version", "0.1.0-SNAPSHOT");
    Path target = root.resolve(module).resolve("target");
    Path jar = target.resolve(module + "-" + version + ".jar");
    Path list = target.resolve("runtime-dependencies.txt");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(list)) {
      throw new IllegalStateException(
          jar + " or " + list + " is missing: run mvn verify from the project root");
    }
    List<Path> jars = new ArrayList<>();
    Set<String> coordinates = new TreeSet<>();
    for (String line : Files.readAllLines(list)) {
      Matcher m = LINE.matcher(line);
      if (!m.find()) continue;
      coordinates.add(m.group(1) + ":" + m.group(2));
      jars.add(Path.of(m.group(5)));
    }
    return new LibraryArtifacts(jar, jars, coordinates);
  }

  /** Every entry name in the jar. */
  List<String> entries() throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      return f.stream().map(e -> e.getName()).toList();
    }
  }

  String manifestAttribute(String name) throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      return f.getManifest().getMainAttributes().getValue(name);
    }
  }
}
