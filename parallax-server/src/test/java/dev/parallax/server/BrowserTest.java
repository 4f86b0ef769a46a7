package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; CI
 * installs them). Skipped, saying why, only where Chromium is not installed. Screenshots go to
 * {@code target/screenshots}.
 */
class BrowserTest {
  static final Path CHROMIUM =
      Path.of(System.getProperty("parallax.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("parallax.chromedriver", "/usr/bin/chromedriver"));
  static final Path SHOTS = Path.of("target", "screenshots");

  // Selenium warns that it has no DevTools bindings for this Chromium; the tests use none
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  private static ChromeDriver driver;
  private static Fixture f;

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "): browser tests skipped; install with apt-get install chromium chromium-driver");
    // never let Selenium Manager download a browser or driver
    System.setProperty("SE_OFFLINE", "true");
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    f = Fixture.get();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void shot(String name) throws IOException {
    Files.write(
        SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static WebDriverWait waiting(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  @Test
  void storyPageHighlightsCitedSentences() throws IOException {
    driver.get(f.base() + "/stories/" + f.harborStory);
    assertThat(driver.findElements(By.cssSelector("#brief ol.brief li"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#coverage table.matrix tbody tr"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#articles .pane"))).hasSize(3);
    assertThat(driver.findElements(By.cssSelector("#quotes"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#timeline svg circle"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("details.removed"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".s.hl"))).isEmpty();

    WebElement cite = driver.findElement(By.cssSelector("#brief a.cite"));
    String[] ids = cite.getAttribute("data-cites").split(" ");
    cite.click();
    waiting(5).until(d -> !d.findElements(By.cssSelector(".s.hl")).isEmpty());
    List<WebElement> lit = driver.findElements(By.cssSelector(".s.hl"));
    assertThat(lit.stream().map(e -> e.getAttribute("id")).toList()).containsExactlyInAnyOrder(ids);
    assertThat(driver.findElement(By.id(ids[0])).getText()).isNotBlank();
    shot("story-citation");

    // a narrow phone screen still lays the page out without a sideways scroll of the whole page
    driver.manage().window().setSize(new Dimension(390, 844));
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertThat(overflow).isEqualTo(false);
    assertThat(driver.findElement(By.cssSelector("meta[name=viewport]")).getAttribute("content"))
        .contains("width=device-width");
    shot("story-phone");
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void markupInArticlesIsShownAsText() throws IOException {
    driver.get(f.base() + "/stories/" + f.markupStory);
    List<WebElement> scripts = driver.findElements(By.tagName("script"));
    assertThat(scripts).hasSize(1);
    assertThat(scripts.get(0).getAttribute("src")).endsWith("/static/app.js");
    assertThat(driver.findElements(By.cssSelector("#articles b, #articles img"))).isEmpty();
    String text = driver.findElement(By.id("articles")).getText();
    assertThat(text).contains(Fixture.SCRIPT).contains("<b>bold</b>");
    assertThat(driver.getPageSource()).doesNotContain("<img src=x");
    shot("story-markup");
  }

  @Test
  void storyListLinksToStories() throws IOException {
    driver.get(f.base() + "/");
    shot("story-list");
    List<WebElement> stories = driver.findElements(By.cssSelector("ol.stories li.story"));
    assertThat(stories.size()).isGreaterThanOrEqualTo(2);
    assertThat(driver.findElements(By.cssSelector("li.story svg.bar rect.bar-fg"))).isNotEmpty();
    driver
        .findElement(By.cssSelector("a.story-title[href='/stories/" + f.harborStory + "']"))
        .click();
    waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("brief")));
    assertThat(driver.getCurrentUrl()).endsWith("/stories/" + f.harborStory);
  }

  @Test
  void comparePageAnalysesChosenFiles() throws IOException {
    driver.get(f.base() + "/compare");
    WebElement input = driver.findElement(By.id("files"));
    input.sendKeys(
        Fixture.EXAMPLE.resolve("01-coastal-courier.txt").toAbsolutePath()
            + "\n"
            + Fixture.EXAMPLE.resolve("02-northern-ledger.txt").toAbsolutePath());
    // a date input's typing order follows the browser's locale; set the value itself
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = '2026-03-10';", driver.findElement(By.name("published")));
    WebElement form = driver.findElement(By.id("compare-form"));
    driver.findElement(By.id("compare-submit")).click();
    waiting(240).until(ExpectedConditions.stalenessOf(form));
    assertThat(driver.findElements(By.id("articles")))
        .as(driver.findElement(By.tagName("main")).getText())
        .hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#articles .pane"))).hasSize(2);
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("not stored");
    assertThat(driver.findElements(By.cssSelector("#brief li"))).isNotEmpty();
    shot("compare-result");
  }
}
