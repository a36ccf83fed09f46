package dev.fahras.web;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Starts Debian's headless Chromium for the browser test, in a home, profile and temporary
 * directory of its own under a short path: Chromium puts a Unix socket in TMPDIR and dies with
 * "Socket path too long" past 107 bytes, which a build machine's TMPDIR or a test framework's temp
 * directory easily exceeds. A failed start is retried with a leaner process model, and everything
 * the driver and the browser said is kept for the failure message.
 */
final class Chromium implements AutoCloseable {
  private static final List<String> BASE_FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-breakpad",
          "--disable-crash-reporter",
          "--disable-extensions",
          "--window-size=1200,1600",
          "--enable-logging",
          "--v=0");
  private static final Pattern STARTED = Pattern.compile("started successfully on port (\\d+)");

  private final File binary;
  private final File driver;
  private final Path dir;
  private final Map<String, String> environment;
  private final StringBuilder diagnostics = new StringBuilder();
  private int attempt;
  private Process driverProcess;

  Chromium(File binary, File driver) throws IOException {
    this.binary = binary;
    this.driver = driver;
    Path shortTmp = Path.of("/tmp");
    this.dir =
        Files.isWritable(shortTmp)
            ? Files.createTempDirectory(shortTmp, "fahras-chromium")
            : Files.createTempDirectory("fahras-chromium");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    this.environment =
        Map.of(
            "HOME",
            home.toString(),
            "TMPDIR",
            tmp.toString(),
            "XDG_CONFIG_HOME",
            Files.createDirectories(home.resolve(".config")).toString(),
            "XDG_CACHE_HOME",
            Files.createDirectories(home.resolve(".cache")).toString());
  }

  /**
   * A driver session, or null (with {@link #diagnostics()} filled) when none could be opened: first
   * through Selenium's own driver service, then through a chromedriver this class starts on an
   * ephemeral port of 127.0.0.1 (no port probing, no "localhost" lookup) with a leaner browser.
   */
  RemoteWebDriver startDriver() throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile-" + ++attempt));
    File log = dir.resolve("chromedriver-" + attempt + ".log").toFile();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver)
            .usingAnyFreePort()
            .withEnvironment(environment)
            .withLogFile(log)
            .withLogLevel(ChromiumDriverLogLevel.DEBUG)
            .withTimeout(Duration.ofSeconds(60))
            .build();
    try {
      return new ChromeDriver(service, options(profile, List.of()));
    } catch (WebDriverException e) {
      failed("Selenium's driver service", e, log.toPath(), profile);
      try {
        service.stop();
      } catch (RuntimeException ignored) {
        // it may never have started
      }
    }

    profile = Files.createDirectories(dir.resolve("profile-" + ++attempt));
    Path ownLog = dir.resolve("chromedriver-" + attempt + ".log");
    Path out = dir.resolve("chromedriver-" + attempt + ".out");
    ProcessBuilder pb =
        new ProcessBuilder(
            driver.toString(), "--port=0", "--log-level=DEBUG", "--log-path=" + ownLog);
    pb.environment().putAll(environment);
    Process process = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
    driverProcess = process;
    int port = -1;
    for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        port < 0 && System.nanoTime() < end && process.isAlive(); ) {
      Matcher m = STARTED.matcher(Files.readString(out, StandardCharsets.UTF_8));
      if (m.find()) port = Integer.parseInt(m.group(1));
      else Thread.sleep(100);
    }
    if (port < 0) {
      note("own chromedriver did not report a port; its output:\n" + tail(out, 25));
      return null;
    }
    try {
      return new RemoteWebDriver(
          URI.create("http://127.0.0.1:" + port).toURL(),
          options(profile, List.of("--no-zygote", "--disable-software-rasterizer")));
    } catch (WebDriverException e) {
      failed("own chromedriver on port " + port, e, ownLog, profile);
      return null;
    }
  }

  private ChromeOptions options(Path profile, List<String> extra) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(BASE_FLAGS);
    options.addArguments(extra);
    options.addArguments("--user-data-dir=" + profile);
    return options;
  }

  private void failed(String route, Throwable e, Path driverLog, Path profile) {
    note(route + " failed:");
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
      note("  " + t.getClass().getSimpleName() + ": " + firstLine(t.getMessage()));
    note("  chromedriver log (tail):\n" + tail(driverLog, 25));
    note("  chrome_debug.log (tail):\n" + tail(profile.resolve("chrome_debug.log"), 25));
  }

  /**
   * The DOM Chromium renders for {@code url} after its scripts ran, read without a driver; null
   * (with the reason in {@link #diagnostics()}) when Chromium produced no page.
   */
  String dumpDom(String url) throws IOException, InterruptedException {
    return headless(url, "--dump-dom");
  }

  /**
   * A screenshot of {@code url} after its scripts ran, taken without a driver; false on failure.
   */
  boolean screenshot(String url, Path png) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    headless(url, "--screenshot=" + png.toAbsolutePath());
    return Files.isRegularFile(png) && Files.size(png) > 0;
  }

  /** Runs Chromium on {@code url} with {@code action}; its standard output, or null if empty. */
  private String headless(String url, String action) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile-" + ++attempt));
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(BASE_FLAGS);
    command.addAll(
        List.of("--user-data-dir=" + profile, "--virtual-time-budget=15000", action, url));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(environment);
    Path out = dir.resolve("dom-" + attempt + ".html");
    Path err = dir.resolve("dom-" + attempt + ".err");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean done = p.waitFor(90, TimeUnit.SECONDS);
    if (!done) p.destroyForcibly().waitFor();
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    if (!done || (dom.isBlank() && action.equals("--dump-dom"))) {
      note(
          "chromium "
              + action
              + " "
              + (done ? "exited " + p.exitValue() : "timed out")
              + " without a page; stderr (tail):\n"
              + tail(err, 25));
      return null;
    }
    return dom;
  }

  @Override
  public void close() throws IOException {
    if (driverProcess != null) {
      driverProcess.destroy();
      try {
        if (!driverProcess.waitFor(10, TimeUnit.SECONDS)) driverProcess.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // a browser still exiting may hold a file for a moment; the OS cleans /tmp
    }
  }

  String diagnostics() {
    return diagnostics.toString();
  }

  private void note(String line) {
    diagnostics.append(line).append('\n');
  }

  private static String firstLine(String message) {
    if (message == null) return "(no message)";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String tail(Path file, int lines) {
    try {
      if (!Files.exists(file)) return "    (none)";
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      StringBuilder sb = new StringBuilder();
      for (String l : all.subList(Math.max(0, all.size() - lines), all.size()))
        sb.append("    ").append(l).append('\n');
      return sb.toString();
    } catch (IOException | RuntimeException e) {
      return "    (unreadable: " + e + ")";
    }
  }
}
