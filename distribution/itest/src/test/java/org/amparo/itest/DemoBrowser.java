package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Assume;
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
 * A demonstration installation started with {@code distribution/run-demo.sh} on ports of its own,
 * and headless Chromium at phone width driving it: what the browser tests of one story share.
 * Without Chromium and chromedriver the calling test class is skipped, and the build says so.
 */
final class DemoBrowser {
    static final Dimension PHONE = new Dimension(360, 800);
    /** How the message service shows a key it has no text for: {@code [web.some.key]}. */
    static final Pattern MISSING_KEY = Pattern.compile("\\[[a-z]+(\\.[A-Za-z0-9_-]+)+\\]");

    final String base;
    final WebDriver driver;
    private final Path home;
    private final Path accounts;

    private DemoBrowser(String base, WebDriver driver, Path home, Path accounts) {
        this.base = base;
        this.driver = driver;
        this.home = home;
        this.accounts = accounts;
    }

    /**
     * Starts a fresh installation in {@code target/browser-<name>} (an earlier run's data removed, so
     * that every run tells the same story) and a browser.
     */
    static DemoBrowser start(String name, int port, int sshPort) throws Exception {
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            String message = "BROWSER TESTS SKIPPED: Chromium (" + chromium + ") or chromedriver (" + chromedriver
                    + ") is not installed; install them with: apt-get install -y chromium chromium-driver";
            Files.writeString(Path.of("target", "browser-" + name + "-tests-skipped.txt"), message + "\n");
            Assume.assumeTrue(message, false);
        }
        Path home = Path.of("target", "browser-" + name).toAbsolutePath();
        runDemo("--stop", "--home", home.toString()).waitFor(2, TimeUnit.MINUTES);
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Process start = new ProcessBuilder("bash", Path.of("..", "run-demo.sh").toAbsolutePath().toString(), "--dist",
                System.getProperty("amparo.distribution"), "--home", home.toString(), "--port", String.valueOf(port), "--ssh-port",
                String.valueOf(sshPort)).redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(start.waitFor(3, TimeUnit.MINUTES));
        assertEquals(output, 0, start.exitValue());
        Path accounts;
        try (Stream<Path> installed = Files.list(home)) {
            accounts = installed.filter(p -> p.getFileName().toString().startsWith("amparo-")).findFirst().orElseThrow()
                    .resolve("data/amparo/demo-accounts.txt");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=360,800",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en", "--user-data-dir=" + Files.createTempDirectory("amparo-chromium-" + name));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(PHONE);
        Files.createDirectories(Path.of("target", "screenshots"));
        return new DemoBrowser("http://localhost:" + port, driver, home, accounts);
    }

    private static Process runDemo(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("..", "run-demo.sh").toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).inheritIO().start();
    }

    /** Quits the browser and stops the installation (its data stays for a look after a failure). */
    static void stop(DemoBrowser browser) throws Exception {
        if (browser != null) {
            browser.driver.quit();
            runDemo("--stop", "--home", browser.home.toString()).waitFor(2, TimeUnit.MINUTES);
        }
    }

    /** On a failure, the page as the browser showed it: a screenshot and the HTML, named after the test. */
    static TestWatcher keepFailedPage(String prefix, java.util.function.Supplier<DemoBrowser> browser) {
        return new TestWatcher() {
            @Override
            protected void failed(Throwable e, Description description) {
                DemoBrowser b = browser.get();
                if (b == null) {
                    return;
                }
                try {
                    b.screenshot(prefix + "failed-" + description.getMethodName());
                    Files.writeString(Path.of("target", "screenshots", prefix + "failed-" + description.getMethodName() + ".html"),
                            b.driver.getCurrentUrl() + "\n" + b.driver.getPageSource());
                } catch (Exception | AssertionError ignored) {
                    // the failure itself is what matters
                }
            }
        };
    }

    String passwordOf(String username) throws IOException {
        return Files.readAllLines(accounts).stream().filter(l -> l.contains("\t" + username + "\t")).map(l -> l.split("\t")[2])
                .findFirst().orElseThrow();
    }

    /** Signs in as {@code username}, keyboard only: Enter in the password field submits the form. */
    void logIn(String username, WebDriverWait wait) throws IOException {
        driver.get(base + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(passwordOf(username), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    void logOut(WebDriverWait wait) {
        driver.findElement(By.id("logout")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    void check(WebElement box) {
        if (!box.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", box);
            box.click();
        }
        assertTrue(box.isSelected());
    }

    /** The message keys the page shows instead of text (in its text, titles, labels, placeholders and title). */
    Set<String> missingKeys() {
        String text = (String) ((JavascriptExecutor) driver).executeScript(
                "return document.body.textContent + '\\n' + Array.from(document.querySelectorAll("
                        + "'[title],[aria-label],[placeholder],[alt]')).map(e => [e.title, e.getAttribute('aria-label'),"
                        + " e.getAttribute('placeholder'), e.getAttribute('alt')].filter(a => a).join('\\n')).join('\\n')"
                        + " + '\\n' + document.title;");
        Matcher missing = MISSING_KEY.matcher(text);
        Set<String> keys = new LinkedHashSet<>();
        while (missing.find()) {
            keys.add(missing.group());
        }
        return keys;
    }

    /** No missing message key, no sideways scrolling at 360 px, every control labelled. */
    void assertUsable(String page) {
        Set<String> keys = missingKeys();
        assertTrue(page + " shows message keys instead of text: " + keys, keys.isEmpty());
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(page + ": no horizontal scrolling at 360 px (overflow " + overflow + " px)", ((Number) overflow).longValue() <= 0);
        List<?> unlabelled = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('input:not([type=hidden]),select,textarea'))"
                        + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name || e.id);");
        assertTrue(page + ": every control has a label: " + unlabelled, unlabelled.isEmpty());
    }

    void screenshot(String name) throws IOException {
        Files.write(Path.of("target", "screenshots", name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page in one picture: the window made as tall as the page, then phone-sized again. */
    void fullPageScreenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        driver.manage().window().setSize(new Dimension(PHONE.getWidth(), Math.min(height.intValue() + 200, 16000)));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(PHONE);
        }
    }
}
