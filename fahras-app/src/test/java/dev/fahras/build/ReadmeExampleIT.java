package dev.fahras.build;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The README's Java example, as written there (imports included), compiled and run in a project
 * that depends only on {@code dev.fahras:fahras}: its jar and what Maven resolves for it.
 */
public class ReadmeExampleIT extends LuceneTestCase {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

  public void testReadmeExampleCompilesAndRuns() throws Exception {
    Path root = Path.of(System.getProperty("fahras.root", "."));
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String api = readme.substring(readme.indexOf("## Java API"));
    Matcher block = JAVA_BLOCK.matcher(api);
    assertTrue("no ```java block under '## Java API' in README.md", block.find());
    String source = block.group(1);
    Matcher name = CLASS_NAME.matcher(source);
    assertTrue("the README example declares no public class", name.find());

    Path work =
        Path.of(
            createTempDir("readme-example")
                .toString()); // the real file system: javac and a child JVM use it
    Path file = work.resolve(name.group(1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    LibraryArtifacts fahras = LibraryArtifacts.of("fahras");
    List<Path> classpath = new ArrayList<>(fahras.runtimeJars());
    classpath.add(0, fahras.jar());
    String cp = String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of("-classpath", cp, "-d", work.toString()),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertTrue(
        "the README example does not compile against dev.fahras:fahras alone:\n" + diagnostics, ok);

    // run it where it expects the bundled reports: ./testdata
    Files.createSymbolicLink(work.resolve("testdata"), root.resolve("testdata").toAbsolutePath());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(java.toString(), "-cp", work + File.pathSeparator + cp, name.group(1))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue("the README example did not finish", p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(output, 0, p.exitValue());
    assertTrue(output, output.lines().count() >= 5);
    assertTrue(output, output.contains("<mark>") || output.contains("السجن"));
  }
}
