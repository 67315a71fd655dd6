package io.sasil.reporting.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.security.Roles;
import io.sasil.common.testing.TestTokens;
import io.sasil.common.text.CodePoints;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.StubServices;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in a real headless browser (Debian's {@code chromium} driven through {@code chromedriver}):
 * the page renders, every highlight covers exactly the text its code point offsets name, links jump to their
 * rows, a hostile article runs no script, and a phone-width window does not scroll sideways. Skipped, with a
 * message, when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class HtmlReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver driver;

    @TestHTTPResource("/api/reports/documents/1?format=html")
    URL plain;

    @TestHTTPResource("/api/reports/documents/2?format=html")
    URL hostile;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "HtmlReportBrowserTest skipped: install chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // the reports need a reader's token: the browser sends it with every request, as a user's client would
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", TestTokens.bearer(Roles.READER))));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void pageRendersWithItsSections() {
        driver.get(plain.toString());
        assertTrue(driver.getTitle().startsWith("새봄전자, 점유율 52% 🚀"), driver.getTitle());
        for (String id : List.of("summary", "article", "glossary", "claims", "checks")) {
            assertTrue(driver.findElement(By.id(id)).isDisplayed(), id);
        }
        assertEquals(3, driver.findElements(By.cssSelector("tr[id^=claim-]")).size());
        assertEquals(1, driver.findElements(By.cssSelector("tr[id^=entry-]")).size());
    }

    @Test
    void highlightsAreWhereTheOffsetsSay() {
        driver.get(plain.toString());
        String text = Articles.plain().text();
        List<WebElement> marks = driver.findElements(By.cssSelector("#article [data-start]"));
        assertTrue(marks.size() >= 8, "claims, term, gloss, mentions, quantities: " + marks.size());
        for (WebElement m : marks) {
            int start = Integer.parseInt(m.getAttribute("data-start"));
            int end = Integer.parseInt(m.getAttribute("data-end"));
            assertEquals(CodePoints.substring(text, start, end), m.getAttribute("textContent"),
                    m.getAttribute("class") + " " + start + ".." + end);
        }
        Object whole = js("const a = document.getElementById('article').cloneNode(true);"
                + "a.querySelectorAll('a.ref').forEach(r => r.remove()); return a.textContent;");
        assertEquals(text, whole, "the article text is shown whole, in order");
        assertEquals("Saebom Electronics", driver.findElement(By.cssSelector("#article a.gloss")).getText());
        assertEquals("150명", driver.findElements(By.cssSelector("#article a.quantity")).get(5).getText());
    }

    @Test
    void linksJumpToTheirRows() {
        driver.get(plain.toString());
        driver.findElement(By.cssSelector("#article a.term")).click();
        assertEquals("entry-7", js("return document.querySelector(':target').id"));
        driver.findElements(By.cssSelector("#article a.quantity")).get(4).click();
        assertEquals("claim-3", js("return document.querySelector(':target').id"));
        driver.findElement(By.cssSelector("#article a.ref[href='#claim-2']")).click();
        assertEquals("claim-2", js("return document.querySelector(':target').id"));
        WebElement failed = driver.findElement(By.xpath("//tr[td[contains(., 'INCONSISTENT')]]"));
        failed.findElement(By.cssSelector("a[href^='#claim-']")).click();
        assertEquals("claim-3", js("return document.querySelector(':target').id"));
        driver.findElement(By.cssSelector("tr#claim-3 a[href='#at-claim-3']")).click();
        assertEquals("at-claim-3", js("return document.querySelector(':target').id"));
    }

    @Test
    void hostileArticleRunsNothing() {
        driver.get(hostile.toString());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0L, js("return document.querySelectorAll('script, img, textarea, b, i').length"));
        assertTrue(driver.getTitle().startsWith("<script>alert('t')</script>"), driver.getTitle());
        String article = (String) js("return document.getElementById('article').textContent");
        assertTrue(article.contains("\"><img src=x onerror=alert(2)> 뒤에 </textarea> {{r.document.id}}"), article);
        assertFalse(driver.findElements(By.cssSelector("a[href^='javascript']")).size() > 0);
    }

    @Test
    void readableOnAPhone() {
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            driver.get(plain.toString());
            long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px");
            assertEquals("width=device-width, initial-scale=1",
                    driver.findElement(By.cssSelector("meta[name=viewport]")).getAttribute("content"));
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
