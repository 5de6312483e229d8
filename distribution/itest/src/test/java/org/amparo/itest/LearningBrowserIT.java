package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The standards library and training in a real browser (Debian's Chromium, headless, at phone
 * width 360 px), on a demonstration installation of its own (ports 8283 and 8104, home
 * target/browser-learning). A country administrator requires the child-protection module of
 * caseworkers before a best-interests assessment; the demonstration caseworker is refused the
 * assessment of the demonstration's child case with the module named and linked, reads the
 * lessons, fails the quiz, reads the explanations, passes it, and then records the assessment.
 * The library is searched in English and in Arabic with the matched words highlighted; a country
 * administrator opens it to the public and a signed-out browser reads an item, which is printed to
 * PDF through the browser's print engine; closed again, it is gone. Every page: the document's
 * language and direction, no missing message key, no sideways scrolling, every control labelled.
 * Screenshots (and the PDF) under target/screenshots. Skipped, with a message saying so, where
 * Chromium or chromedriver is not installed.
 */
public class LearningBrowserIT {
    private static final int PORT = 8283;
    private static final int SSH_PORT = 8104;
    private static final String BASE = "http://localhost:" + PORT;
    private static final String MODULE = "child-protection";
    private static final String ITEM = "best-interests-child";
    private static DemoBrowser b;
    private static WebDriver driver;

    @Rule
    public final TestWatcher keepFailedPage = DemoBrowser.keepFailedPage("learning-", () -> b);

    @BeforeClass
    public static void startAmparoAndChromium() throws Exception {
        b = DemoBrowser.start("learning", PORT, SSH_PORT);
        driver = b.driver;
    }

    @Before
    public void signedOutWithoutLanguageCookie() {
        driver.manage().window().setSize(DemoBrowser.PHONE);
        driver.get(BASE + "/login");
        driver.manage().deleteAllCookies();
    }

    @AfterClass
    public static void stop() throws Exception {
        DemoBrowser.stop(b);
    }

    /**
     * Issue 7, point 7: the caseworker takes a module, fails then passes its quiz, and then performs
     * the action the module was required for.
     */
    @Test
    public void aCaseworkerTakesTheRequiredModuleFailsThenPassesAndThenAssesses() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        // 1. the country administrator requires the module of caseworkers before a best-interests assessment
        b.logIn("demo.countryadmin", wait);
        driver.findElement(By.cssSelector("#main-nav a[href='/app/training']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("training-requirements-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("require-submit")));
        assertPageIn("en", "ltr", "training requirements");
        new Select(driver.findElement(By.id("require-action"))).selectByValue("case.best-interests-assessment");
        new Select(driver.findElement(By.id("require-role"))).selectByValue("CASEWORKER");
        new Select(driver.findElement(By.id("require-module"))).selectByValue(MODULE);
        driver.findElement(By.id("require-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("training-notice")));
        assertTrue(driver.findElement(By.id("requirements")).getText().contains("Child protection"));
        assertPageIn("en", "ltr", "training requirements (added)");
        b.screenshot("learning-1-requirement");
        b.logOut(wait);

        // 2. the caseworker is refused the assessment of the demonstration's child case, the module named and linked
        b.logIn("demo.caseworker", wait);
        String caseUrl = childCase(wait);
        assertTrue("while the library is on, the workflow step links to why it is done",
                !driver.findElements(By.id("case-status-why")).isEmpty());
        recordAssessment();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-error")));
        assertTrue("the refusal names the module: " + refusal.getText(), refusal.getText().contains("Child protection"));
        WebElement link = driver.findElement(By.id("case-training-link"));
        assertTrue(link.getAttribute("href").endsWith("/app/training/" + MODULE));
        assertPageIn("en", "ltr", "case (refused)");
        b.scrollTo("case-error");
        b.screenshot("learning-2-refused");

        // 3. the module: every lesson read
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz")));
        assertPageIn("en", "ltr", "module");
        assertFalse("the correct answers are not on the page before the attempt",
                driver.getPageSource().contains("A BID is formal and kept for the weightiest decisions"));
        b.fullPageScreenshot("learning-3-module");
        for (int i = 0; i < 10; i++) {
            List<WebElement> unread = driver.findElements(By.cssSelector("section.lesson button[id$='-read']"));
            if (unread.isEmpty()) {
                break;
            }
            String id = unread.get(0).getAttribute("id");
            unread.get(0).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id.replaceFirst("-read$", "-done"))));
        }
        assertTrue(driver.findElements(By.cssSelector("section.lesson button[id$='-read']")).isEmpty());
        assertTrue(driver.findElement(By.id("module-progress")).getText().contains("4 of 4"));

        // 4. the quiz failed, with the explanations
        answer("quiz-primary-consideration-courts", "quiz-when-bid-visit", "quiz-separated-or-unaccompanied-unaccompanied",
                "quiz-age-doubt-xray");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-failed")));
        assertTrue(driver.findElement(By.id("result-when-bid-explanation")).getText().contains("A BID is formal"));
        assertPageIn("en", "ltr", "quiz failed");
        b.fullPageScreenshot("learning-4-quiz-failed");

        // 5. retaken and passed
        driver.findElement(By.id("quiz-retake")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz")));
        answer("quiz-primary-consideration-primary", "quiz-when-bid-durable", "quiz-separated-or-unaccompanied-separated",
                "quiz-age-doubt-guardian", "quiz-age-doubt-informed");
        WebElement passed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-passed")));
        assertTrue(passed.getText(), passed.getText().contains("100"));
        assertPageIn("en", "ltr", "quiz passed");
        b.screenshot("learning-5-quiz-passed");

        // 6. now the assessment is recorded
        driver.get(caseUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bia-submit")));
        recordAssessment();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-notice")));
        assertTrue(driver.findElements(By.id("case-error")).isEmpty());
        assertTrue(driver.findElement(By.id("bias")).getText().contains("Fictional test assessor"));
        assertPageIn("en", "ltr", "case (assessed)");
        b.scrollTo("bias");
        b.screenshot("learning-6-assessed");

        // "why": the workflow step's standards
        driver.findElement(By.id("case-status-why")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("why-place")));
        assertPageIn("en", "ltr", "why");
        b.screenshot("learning-7-why");
        b.logOut(wait);
    }

    /** Issue 7, point 2: search in the reader's language, the matched words highlighted. */
    @Test
    public void theLibraryIsSearchedInEnglishAndArabicWithTheMatchHighlighted() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        b.logIn("demo.caseworker", wait);
        driver.findElement(By.cssSelector("#main-nav a[href='/app/library']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("library-q")));
        assertPageIn("en", "ltr", "library");
        b.screenshot("learning-library-1");
        driver.findElement(By.id("library-q")).sendKeys("best interests", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        List<WebElement> marks = driver.findElements(By.cssSelector("#hit-1 mark"));
        assertFalse("the first result has a highlighted passage", marks.isEmpty());
        assertTrue(marks.get(0).getText(), marks.get(0).getText().toLowerCase().startsWith("best")
                || marks.get(0).getText().toLowerCase().startsWith("interest"));
        assertPageIn("en", "ltr", "library search");
        b.screenshot("learning-library-2-search-en");

        new Select(driver.findElement(By.id("lang-select"))).selectByValue("ar");
        driver.findElement(By.id("lang-submit")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("library-q"))).sendKeys("المصالح الفضلى", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        marks = driver.findElements(By.cssSelector("#hit-1 mark"));
        assertFalse("the first Arabic result has a highlighted passage", marks.isEmpty());
        assertTrue(marks.get(0).getText(), marks.get(0).getText().contains("المصالح") || marks.get(0).getText().contains("الفضلى"));
        assertPageIn("ar", "rtl", "library search (Arabic)");
        b.screenshot("learning-library-3-search-ar");

        driver.findElement(By.cssSelector("#hit-1 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("library-item")));
        assertPageIn("ar", "rtl", "library item (Arabic)");
        assertFalse(driver.findElements(By.id("item-applied")).isEmpty());
        b.fullPageScreenshot("learning-library-4-item-ar");
        // back to English for the next tests
        new Select(driver.findElement(By.id("lang-select"))).selectByValue("en");
        driver.findElement(By.id("lang-submit")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        b.logOut(wait);
    }

    /**
     * Issue 7, point 5: a country administrator opens the library to the public; a signed-out
     * browser reads an item and prints it to PDF; closed again, the public address is gone.
     */
    @Test
    public void theLibraryIsOpenedToThePublicReadSignedOutAndPrintedToPdf() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(BASE + "/library/item/" + ITEM);
        assertTrue("closed until a country administrator opens it", driver.findElements(By.id("library-item")).isEmpty());

        b.logIn("demo.countryadmin", wait);
        driver.get(BASE + "/app/library");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-reading")));
        if (!driver.findElements(By.id("public-reading-open")).isEmpty()) {
            driver.findElement(By.id("public-reading-open")).click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-reading-close")));
        assertPageIn("en", "ltr", "library (opened)");
        b.screenshot("learning-public-1-opened");
        b.logOut(wait);
        driver.manage().deleteAllCookies();

        driver.get(BASE + "/library");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("library-items")));
        assertTrue(driver.findElements(By.id("main-nav")).isEmpty());
        assertPageIn("en", "ltr", "public library");
        driver.findElement(By.id("item-" + ITEM)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("library-item")));
        assertTrue(driver.getCurrentUrl().endsWith("/library/item/" + ITEM));
        assertTrue(driver.findElement(By.id("print-page")).isDisplayed());
        assertPageIn("en", "ltr", "public library item");
        b.fullPageScreenshot("learning-public-2-item");

        // the print style sheet: no navigation, no buttons, no forms on paper
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.id("print-page")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed());
            assertTrue(driver.findElement(By.id("section-primary-consideration")).isDisplayed());
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
        Files.write(Path.of("target", "screenshots", "library-item.pdf"), pdf);
        assertTrue("a PDF", new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue("a real document, not an empty page: " + pdf.length + " bytes", pdf.length > 1024);

        b.logIn("demo.countryadmin", wait);
        driver.get(BASE + "/app/library");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("public-reading-close"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-reading-open")));
        b.logOut(wait);
        driver.manage().deleteAllCookies();
        driver.get(BASE + "/library/item/" + ITEM);
        assertTrue("closed again", driver.findElements(By.id("library-item")).isEmpty());
    }

    // ---- helpers

    /** Opens the demonstration's child case (the only one with a best-interests form) and returns its address. */
    private static String childCase(WebDriverWait wait) {
        driver.findElement(By.cssSelector("#main-nav a[href='/app/cases']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases-table")));
        List<String> links = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("a[id^='case-link-']"))) {
            links.add(a.getAttribute("href"));
        }
        for (String href : links) {
            driver.get(href);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-summary")));
            if (!driver.findElements(By.id("bia-submit")).isEmpty()) {
                return href;
            }
        }
        throw new AssertionError("no child case among " + links);
    }

    private static void recordAssessment() {
        driver.findElement(By.id("bia-assessor")).clear();
        driver.findElement(By.id("bia-assessor")).sendKeys("Fictional test assessor");
        driver.findElement(By.id("bia-summary")).clear();
        driver.findElement(By.id("bia-summary")).sendKeys("Fictional test summary of a best-interests assessment.");
        b.scrollTo("bia-submit");
        driver.findElement(By.id("bia-submit")).click();
    }

    private static void answer(String... ids) {
        for (String id : ids) {
            WebElement option = driver.findElement(By.id(id));
            b.scrollTo(id);
            if (!option.isSelected()) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
            }
            assertTrue(id, option.isSelected());
        }
        b.scrollTo("quiz-submit");
        driver.findElement(By.id("quiz-submit")).click();
    }





    private void assertPageIn(String lang, String dir, String page) {
        var html = driver.findElement(By.tagName("html"));
        assertEquals(page, lang, html.getAttribute("lang"));
        assertEquals(page, dir, html.getAttribute("dir"));
        b.assertUsable(page + " in " + lang);
    }


}
