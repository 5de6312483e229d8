package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6, point 6, in a browser at phone width against the demonstration installation (all data
 * fictional): a caseworker screens a person, sees the services matched to the determined needs with
 * their reasons, drafts a referral to the demonstration service provider, sees exactly what will be
 * shared and that the person's consent is missing, records the consent, sends; the provider's
 * partner caseworker finds it in the inbox with only the shared fields, accepts it, starts it and
 * completes it; after each answer the caseworker sees the new status on the referral.
 */
public class ReferralBrowserIT {
    private static final int PORT = 8282;
    private static final String BASE = "http://localhost:" + PORT;
    private static final Dimension PHONE = new Dimension(360, 800);
    private static final Pattern MISSING_KEY = Pattern.compile("\\[[a-z]+(\\.[A-Za-z0-9_-]+)+\\]");
    /** The demonstration provider's medical service (org.amparo.demo DemoReferralPartner: name-based ids). */
    private static final String MEDICAL_SERVICE = UUID.nameUUIDFromBytes("org.amparo.demo/service/medical"
            .getBytes(StandardCharsets.UTF_8)).toString();
    private static final String MESSAGE = "Fictional test message: the person prefers a female doctor.";
    private static Path home;
    private static WebDriver driver;
    private static Path accounts;

    @Rule
    public final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            if (driver == null) {
                return;
            }
            try {
                screenshot("failed-" + description.getMethodName());
                Files.writeString(Path.of("target", "screenshots", "failed-" + description.getMethodName() + ".html"),
                        driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (Exception | AssertionError ignored) {
                // the failure itself is what matters
            }
        }
    };

    @BeforeClass
    public static void startAmparoAndChromium() throws Exception {
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            String message = "BROWSER TESTS SKIPPED: Chromium (" + chromium + ") or chromedriver (" + chromedriver
                    + ") is not installed; install them with: apt-get install -y chromium chromium-driver";
            Files.writeString(Path.of("target", "browser-tests-skipped.txt"), message + "\n");
            Assume.assumeTrue(message, false);
        }
        home = Path.of("target", "browser-referral").toAbsolutePath();
        Process start = new ProcessBuilder("bash", Path.of("..", "run-demo.sh").toAbsolutePath().toString(), "--dist",
                System.getProperty("amparo.distribution"), "--home", home.toString(), "--port", String.valueOf(PORT), "--ssh-port",
                "8103").redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(start.waitFor(3, TimeUnit.MINUTES));
        assertEquals(output, 0, start.exitValue());
        accounts = Files.list(home).filter(p -> p.getFileName().toString().startsWith("amparo-")).findFirst().orElseThrow()
                .resolve("data/amparo/demo-accounts.txt");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=360,800",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en", "--user-data-dir=" + Files.createTempDirectory("amparo-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(PHONE);
        Files.createDirectories(Path.of("target", "screenshots"));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (home != null) {
            new ProcessBuilder("bash", Path.of("..", "run-demo.sh").toAbsolutePath().toString(), "--stop", "--home", home.toString())
                    .inheritIO().start().waitFor(2, TimeUnit.MINUTES);
        }
    }

    @Test
    public void fromADeterminationToAReferralAcceptedAndCompletedByThePartner() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        logIn("demo.caseworker", wait);

        // a screening whose determination asks for medical care
        driver.get(BASE + "/app/cases");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id^='case-link-']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-referrals")));
        String caseUrl = driver.getCurrentUrl();
        driver.findElement(By.id("case-screenings")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-language"))).sendKeys("ar");
        driver.findElement(By.id("start-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-tip-recruited")));
        check(driver.findElement(By.id("q-tip-recruited-yes")));
        check(driver.findElement(By.id("q-tip-worked-yes")));
        scrollTo("save-draft");
        driver.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-tip-recruitment-deception")));
        for (String box : List.of("q-tip-recruitment-deception-deceived-nature-of-job", "q-tip-recruitment-deception-deceived-wages",
                "q-tip-exploitation-excessive-hours", "q-tip-exploitation-low-or-no-salary",
                "q-tip-destination-coercion-confiscation-of-documents", "q-tip-destination-coercion-threats-of-violence")) {
            check(driver.findElement(By.id(box)));
        }
        scrollTo("complete");
        driver.findElement(By.id("complete")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("need-medical-care")));

        // the case's referral page: matched services with their reasons
        driver.get(caseUrl);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("case-referrals"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matches")));
        assertPage("referrals of the case");
        WebElement medical = driver.findElement(By.id("need-medical-care"));
        WebElement service = medical.findElement(By.id("service-" + MEDICAL_SERVICE));
        assertTrue("the demonstration provider's service is ranked with reasons", service.getText().contains("fictional"));
        assertFalse("every ranked service says why", service.findElements(By.cssSelector(".reasons li")).isEmpty());
        fullPageScreenshot("referral-1-matches");

        // draft: choose what to share, then the preview says consent is missing
        scrollTo("refer-" + MEDICAL_SERVICE);
        driver.findElement(By.id("refer-" + MEDICAL_SERVICE)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-submit")));
        assertPage("new referral");
        assertTrue(driver.findElement(By.id("field-NAME")).isSelected());
        assertFalse("contact details are not shared unless chosen", driver.findElement(By.id("field-CONTACT")).isSelected());
        driver.findElement(By.id("referral-message")).sendKeys(MESSAGE);
        scrollTo("draft-submit");
        driver.findElement(By.id("draft-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
        assertPage("referral draft");
        assertEquals("Draft", driver.findElement(By.id("referral-status")).getText().strip());
        assertTrue(driver.findElement(By.id("consent-problem")).getText().contains("consent"));
        assertTrue("the preview lists the shared name", !driver.findElements(By.id("shared-NAME")).isEmpty());
        assertTrue("and not the contact details", driver.findElements(By.id("shared-CONTACT")).isEmpty());
        fullPageScreenshot("referral-2-preview-without-consent");
        long referral = Long.parseLong(driver.getCurrentUrl().replaceFirst("^.*/app/referrals/(\\d+).*$", "$1"));

        // the person consents (as the caseworker obtained it), then the referral is sent
        scrollTo("consent-submit");
        check(driver.findElement(By.id("consent-agrees")));
        check(driver.findElement(By.id("consent-method-written")));
        driver.findElement(By.id("consent-language")).sendKeys("ar");
        driver.findElement(By.id("consent-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent-ok")));
        scrollTo("send");
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-notice")));
        assertEquals("Sent", driver.findElement(By.id("referral-status")).getText().strip());
        assertPage("referral sent");
        screenshot("referral-3-sent");
        logOut(wait);

        // the partner accepts, starts and completes; the caseworker sees each status
        String[][] steps = { { "ACCEPTED", "Accepted" }, { "IN_PROGRESS", "In progress" }, { "COMPLETED", "Completed" } };
        for (String[] step : steps) {
            logIn("demo.partnercaseworker", wait);
            driver.get(BASE + "/app/inbox");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("received-" + referral))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received-status")));
            assertPage("received referral");
            assertEquals(MESSAGE, driver.findElement(By.id("received-message")).getText().strip());
            assertFalse("the partner sees the shared name", driver.findElement(By.id("shared-NAME")).getText().isBlank());
            assertTrue("and nothing that was not shared", driver.findElements(By.id("shared-CONTACT")).isEmpty());
            assertTrue("no link into the case", driver.findElements(By.cssSelector("a[href^='/app/cases']")).isEmpty());
            scrollTo("answer-" + step[0]);
            driver.findElement(By.id("answer-" + step[0])).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-notice")));
            assertEquals(step[1], driver.findElement(By.id("received-status")).getText().strip());
            screenshot("referral-4-partner-" + step[0].toLowerCase());
            logOut(wait);

            logIn("demo.caseworker", wait);
            driver.get(BASE + "/app/referrals/" + referral);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-status")));
            assertEquals(step[1], driver.findElement(By.id("referral-status")).getText().strip());
            assertPage("referral " + step[0]);
            logOut(wait);
        }
        logIn("demo.caseworker", wait);
        driver.get(BASE + "/app/referrals/" + referral);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertEquals("draft, sent, accepted, in progress, completed", 5,
                driver.findElements(By.cssSelector("#history > li")).size());
        fullPageScreenshot("referral-5-completed");
    }

    private static void logIn(String username, WebDriverWait wait) throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(passwordOf(username), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    private static void logOut(WebDriverWait wait) {
        driver.findElement(By.id("logout")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private static String passwordOf(String username) throws Exception {
        return Files.readAllLines(accounts).stream().filter(l -> l.contains("\t" + username + "\t")).map(l -> l.split("\t")[2])
                .findFirst().orElseThrow();
    }

    private static void check(WebElement box) {
        if (!box.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", box);
            box.click();
        }
        assertTrue(box.isSelected());
    }

    private static void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    /** No message key left untranslated, no sideways scrolling at 360 px, every control labelled. */
    private static void assertPage(String page) {
        String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.textContent + '\\n' + document.title;");
        Matcher missing = MISSING_KEY.matcher(text);
        Set<String> keys = new LinkedHashSet<>();
        while (missing.find()) {
            keys.add(missing.group());
        }
        assertTrue(page + " shows message keys instead of text: " + keys, keys.isEmpty());
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(page + ": no horizontal scrolling at 360 px (overflow " + overflow + " px)", ((Number) overflow).longValue() <= 0);
        List<?> unlabelled = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('input:not([type=hidden]),select,textarea'))"
                        + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name || e.id);");
        assertTrue(page + ": every control has a label: " + unlabelled, unlabelled.isEmpty());
    }

    private static void fullPageScreenshot(String name) throws Exception {
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        driver.manage().window().setSize(new Dimension(PHONE.getWidth(), Math.min(height.intValue() + 200, 16000)));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(PHONE);
        }
    }

    private static void screenshot(String name) throws Exception {
        Files.write(Path.of("target", "screenshots", name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
