package dev.fahras.web;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakScope;
import dev.fahras.analysis.Synonyms;
import dev.fahras.corpus.DocumentSource;
import dev.fahras.corpus.ReadOptions;
import dev.fahras.corpus.SourceDocument;
import dev.fahras.corpus.Sources;
import dev.fahras.index.FahrasIndexWriter;
import dev.fahras.index.IndexConfig;
import dev.fahras.search.FahrasSearcher;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo page in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run
 * installs them): a query with diacritics, right-to-left hits with highlight marks, a source
 * filter click, a screenshot under target/, and a document carrying markup that must stay text.
 */
@ThreadLeakScope(ThreadLeakScope.Scope.NONE) // Selenium's HTTP client keeps daemon threads
public class TestBrowser extends LuceneTestCase {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  public void testSearchPageInChromium() throws Exception {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    String missing = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
    if (System.getenv("FAHRAS_REQUIRE_BROWSER") != null) assertTrue(missing, present); // CI
    assumeTrue(missing, present);
    IndexConfig config = IndexConfig.builder().withSynonyms(Synonyms.read(Path.of("testdata/synonyms.txt"))).build();
    try (FahrasIndexWriter w = FahrasIndexWriter.inMemory(config)) {
      try (DocumentSource source = Sources.open(Path.of("testdata"), ReadOptions.DEFAULT)) {
        SourceDocument d;
        while ((d = source.next()) != null) w.add(d);
      }
      w.add(SourceDocument.of("xss", "<b>evil</b>", "هجوم على السجن <img src=x onerror=\"window.__xss=1\"> <script>window.__xss=2</script>"));
      w.commit();
      try (FahrasSearcher s = FahrasSearcher.open(w);
          WebServer server = WebServer.start(s, "127.0.0.1", 0, true)) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1200,1600",
            "--user-data-dir=" + createTempDir("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
          WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
          driver.get(server.url());
          assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));

          WebElement box = driver.findElement(By.id("q"));
          box.sendKeys("السِّجْن", Keys.ENTER); // with diacritics
          wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit mark")));
          List<WebElement> hits = driver.findElements(By.cssSelector("#results .hit"));
          assertFalse(hits.isEmpty());
          WebElement passage = hits.get(0).findElement(By.cssSelector(".passage"));
          assertEquals("rtl", passage.getCssValue("direction"));
          for (WebElement mark : driver.findElements(By.cssSelector("#results mark"))) {
            String word = mark.getText();
            assertTrue("a highlight covers a whole word: " + word, word.contains("سجن") || word.contains("السِّجن") || word.contains("سِّجن"));
          }

          // click a source filter: every hit is then from that source
          WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#sources button")));
          String source = button.getAttribute("data-source");
          button.click();
          // the page re-renders the buttons and hits: look them up afresh until the filter shows
          wait.ignoring(StaleElementReferenceException.class)
              .until(d -> {
                boolean active = d.findElements(By.cssSelector("#sources button.active")).stream()
                    .anyMatch(b -> source.equals(b.getAttribute("data-source")));
                List<WebElement> shown = d.findElements(By.cssSelector("#results .hit .source"));
                return active && !shown.isEmpty() && shown.stream().allMatch(e -> source.equals(e.getText()));
              });

          Path shots = Path.of("target", "screenshots");
          Files.createDirectories(shots);
          File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
          Files.copy(png.toPath(), shots.resolve("demo-search.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

          // markup in a document and in the query is shown as text, never run
          box = driver.findElement(By.id("q"));
          box.clear();
          box.sendKeys("<script>alert(1)</script> السجن", Keys.ENTER);
          wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "<script>"));
          Object flag = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : window.__xss;");
          assertNull("injected script ran", flag);
          assertTrue(driver.findElements(By.cssSelector("#results img")).isEmpty());
          assertTrue(driver.findElements(By.cssSelector("#sources b")).isEmpty());
        } finally {
          driver.quit();
        }
      }
    }
  }
}
