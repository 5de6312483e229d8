package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A caseworker's first steps in a real browser (Debian's Chromium, headless, at phone width
 * 360 px): a refused log-in, log in (keyboard only), see the home page, switch to Arabic (right to
 * left), log out (keyboard only). Every control must have a label and nothing may scroll sideways. Screenshots are
 * saved under target/screenshots. Skipped, with a message saying so, where Chromium or
 * chromedriver is not installed.
 */
public class BrowserIT {
    private static final int PORT = 8281;
    private static final String BASE = "http://localhost:" + PORT;
    private static Path home;
    private static WebDriver driver;
    private static String password;

    @BeforeClass
    public static void startAmparoAndChromium() throws Exception {
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        boolean available = chromium.canExecute() && chromedriver.canExecute();
        if (!available) {
            String message = "BROWSER TESTS SKIPPED: Chromium (" + chromium + ") or chromedriver (" + chromedriver
                    + ") is not installed; install them with: apt-get install -y chromium chromium-driver";
            Files.writeString(Path.of("target", "browser-tests-skipped.txt"), message + "\n");
            Assume.assumeTrue(message, false);
        }
        home = Path.of("target", "browser").toAbsolutePath();
        Path runDemo = Path.of("..", "run-demo.sh").toAbsolutePath();
        Process start = new ProcessBuilder("bash", runDemo.toString(), "--dist", System.getProperty("amparo.distribution"),
                "--home", home.toString(), "--port", String.valueOf(PORT), "--ssh-port", "8102")
                .redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(start.waitFor(3, TimeUnit.MINUTES));
        assertEquals(output, 0, start.exitValue());
        Path accounts = Files.list(home).filter(p -> p.getFileName().toString().startsWith("amparo-")).findFirst().orElseThrow()
                .resolve("data/amparo/demo-accounts.txt");
        password = Files.readAllLines(accounts).stream().filter(l -> l.contains("\tdemo.caseworker\t"))
                .map(l -> l.split("\t")[2]).findFirst().orElseThrow();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=360,800", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + Files.createTempDirectory("amparo-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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
    public void caseworkerLogsInSwitchesToArabicAndLogsOut() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertDocument("en", "ltr");
        screenshot("1-login");

        driver.findElement(By.id("username")).sendKeys("demo.caseworker");
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error")));
        screenshot("2-login-refused");

        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys("demo.caseworker");
        // keyboard only: Enter in the password field submits the form
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        assertTrue("demonstration data is labelled as fictional", driver.findElement(By.id("demo-banner")).isDisplayed());
        assertFitsPhoneWidth();
        screenshot("3-home");

        new Select(driver.findElement(By.id("lang-select"))).selectByValue("ar");
        driver.findElement(By.id("lang-submit")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertDocument("ar", "rtl");
        assertFitsPhoneWidth();
        screenshot("4-home-arabic");

        // keyboard only: focus the log-out button and press Enter
        driver.findElement(By.id("logout")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        screenshot("5-logged-out");
        driver.get(BASE + "/app/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue("after log-out the app asks for a log-in again", driver.getCurrentUrl().contains("/login"));
    }

    private void assertDocument(String lang, String dir) {
        var html = driver.findElement(By.tagName("html"));
        assertEquals(lang, html.getAttribute("lang"));
        assertEquals(dir, html.getAttribute("dir"));
    }

    private void assertFitsPhoneWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("no horizontal scrolling at 360 px (overflow " + overflow + " px)", ((Number) overflow).longValue() <= 0);
        List<?> unlabelled = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('input:not([type=hidden]),select,textarea'))"
                        + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name || e.id);");
        assertTrue("every control has a label: " + unlabelled, unlabelled.isEmpty());
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "screenshots", name + ".png"), png);
    }
}
