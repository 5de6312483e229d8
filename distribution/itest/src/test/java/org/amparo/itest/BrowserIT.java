package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A caseworker's first steps in a real browser (Debian's Chromium, headless, at phone width
 * 360 px): a refused log-in, log in (keyboard only), see the home page, switch to Arabic (right to
 * left), log out (keyboard only). Then the whole UI in French and in Arabic, as the account that
 * sees the most pages: every page of the navigation in the chosen language and direction, no
 * missing message key, and the country page (Morocco, from the demonstration's country pack) with
 * the source and confidence of every fact, unverified facts visibly labelled as such, and a
 * division search. Case work end to end: a person registered with consent, a possible duplicate
 * found for a transliterated variant of the name, a case with a note and a task, closed with a
 * supervisor's approval. Every control must have a label and nothing may scroll sideways. Screenshots are
 * saved under target/screenshots. Skipped, with a message saying so, where Chromium or
 * chromedriver is not installed.
 */
public class BrowserIT {
    private static final int PORT = 8281;
    private static final String BASE = "http://localhost:" + PORT;
    /** The phone-sized window every page is checked in. */
    private static final Dimension PHONE = new Dimension(360, 800);
    /** How the message service shows a key it has no text for: {@code [web.some.key]}. */
    /** SYSTEM_ADMIN sees every page of the UI: the users and audit pages besides those for everyone. */
    private static final String MOST_PAGES_ACCOUNT = "demo.systemadmin";
    private static final String LAW_27_14_TITLE = "Loi n° 27-14 relative à la lutte contre la traite des êtres humains";
    /** The confidence badges as the French and Arabic UI must show them (web_fr/web_ar.properties). */
    private static final Map<String, Map<String, String>> BADGES = Map.of(
            "fr", Map.of("V", "Vérifié à la source", "P", "Partiellement vérifié — source secondaire",
                    "GK", "Non vérifié — connaissance générale", "U", "Incertain — ne pas s'y fier"),
            "ar", Map.of("V", "تم التحقق من المصدر", "P", "تحقق جزئي — مصدر ثانوي",
                    "GK", "لم يتم التحقق — معرفة عامة", "U", "غير مؤكد — لا تعتمد على هذا"));
    /** The case-work test's person (test data, not a real person) and the transliterated variant of the name. */
    private static final String FIRST_NAME = "محمد الأمين";
    private static final String VARIANT_NAME = "Mohamed Al Amine";
    private static final String BIRTH_DATE = "1994-03-12";
    private static final String NATIONALITY = "SD";
    private static final String NOTE = "Fictional test note: first interview with an interpreter.";
    private static final String TASK = "Fictional test task: book a medical check";
    private static final String CLOSURE_REASON = "Fictional test reason: the person has been referred and is safe.";
    private static DemoBrowser browser;
    private static WebDriver driver;
    private static String password;

    @Rule
    public final TestWatcher keepFailedPage = DemoBrowser.keepFailedPage("", () -> browser);

    @BeforeClass
    public static void startAmparoAndChromium() throws Exception {
        browser = DemoBrowser.start("main", PORT, 8102);
        driver = browser.driver;
        password = browser.passwordOf("demo.caseworker");
    }

    /** Every test starts signed out, in the language the browser asks for (no language cookie). */
    @Before
    public void signedOutWithoutLanguageCookie() {
        driver.manage().window().setSize(PHONE);
        driver.get(BASE + "/login");
        driver.manage().deleteAllCookies();
    }

    @AfterClass
    public static void stop() throws Exception {
        DemoBrowser.stop(browser);
    }

    @Test
    public void caseworkerLogsInSwitchesToArabicAndLogsOut() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertDocument("en", "ltr");
        browser.screenshot("1-login");

        driver.findElement(By.id("username")).sendKeys("demo.caseworker");
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error")));
        browser.screenshot("2-login-refused");

        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys("demo.caseworker");
        // keyboard only: Enter in the password field submits the form
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        assertTrue("demonstration data is labelled as fictional", driver.findElement(By.id("demo-banner")).isDisplayed());
        assertFitsPhoneWidth();
        browser.screenshot("3-home");

        new Select(driver.findElement(By.id("lang-select"))).selectByValue("ar");
        driver.findElement(By.id("lang-submit")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertDocument("ar", "rtl");
        assertFitsPhoneWidth();
        browser.screenshot("4-home-arabic");

        // keyboard only: focus the log-out button and press Enter
        driver.findElement(By.id("logout")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.screenshot("5-logged-out");
        driver.get(BASE + "/app/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue("after log-out the app asks for a log-in again", driver.getCurrentUrl().contains("/login"));
    }

    @Test
    public void everyPageInFrenchWithCountryFactsAndTheirConfidence() throws Exception {
        everyPageIn("fr", "ltr", "Maroc");
    }

    @Test
    public void everyPageInArabicRightToLeftWithCountryFactsAndTheirConfidence() throws Exception {
        everyPageIn("ar", "rtl", "المغرب");
    }

    /**
     * A person's way through the case work, at phone width: the caseworker registers a person with
     * their consent (a name in Arabic script, the Latin spelling left to the suggestion), registers a
     * transliterated variant of that name, is warned of the possible duplicate with its reasons and
     * confirms it is someone else; opens a case for the first person, adds a note and a task, asks
     * for the closure; a supervisor approves it and the case is closed (checked in English and in
     * Arabic). Every page is checked for missing message keys, labels and sideways scrolling.
     */
    @Test
    public void caseworkerRegistersPersonsOpensCaseAndSupervisorApprovesClosure() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        browser.logIn("demo.caseworker", wait);

        // 1. the first person, with consent, the Latin name left empty to be suggested
        driver.findElement(By.cssSelector("#main-nav a[href='/app/cases']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-person")));
        assertPageIn("en", "ltr", "/app/cases");
        browser.screenshot("case-1-cases");
        driver.findElement(By.id("register-person")).click();
        giveConsent(wait);
        fillDetails(FIRST_NAME, "");
        driver.findElement(By.id("register-submit")).click();
        // an earlier run against the same installation may have left a person of that name
        confirmIfDuplicate(wait);
        long firstPerson = idAfter("/app/persons/", wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-notice")));
        assertPageIn("en", "ltr", "/app/persons/" + firstPerson);
        String summary = driver.findElement(By.id("person-summary")).getText();
        Matcher suggested = Pattern.compile(Pattern.quote(FIRST_NAME) + " \\(([^)]*)\\)").matcher(summary);
        assertTrue("the person page shows the suggested Latin spelling of " + FIRST_NAME + ": " + summary, suggested.find());
        String latin = suggested.group(1).strip();
        assertTrue("the suggested name is in Latin letters: '" + latin + "'",
                latin.matches("[\\p{IsLatin}][\\p{IsLatin}' .-]*") && latin.chars().filter(Character::isLetter).count() >= 4);
        browser.scrollTo("person-summary");
        browser.screenshot("case-2-person-registered");

        // 2. a transliterated variant of the name, same birth date and nationality: a possible duplicate
        driver.findElement(By.cssSelector("#main-nav a[href='/app/cases']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register-person"))).click();
        giveConsent(wait);
        fillDetails(VARIANT_NAME, ""); // the name as given, in Latin letters
        driver.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("duplicate-warning")));
        assertPageIn("en", "ltr", "/app/persons/new (duplicates)");
        WebElement candidate = driver.findElement(By.id("duplicate-" + firstPerson));
        assertTrue("the warning links the first person", candidate.isDisplayed());
        List<String> reasons = new ArrayList<>();
        for (WebElement reason : candidate.findElements(By.xpath("./following-sibling::ul[contains(@class,'reasons')]/li"))) {
            reasons.add(reason.getText().strip());
        }
        assertTrue("the first person is listed with a translated reason, not a code: " + reasons,
                reasons.stream().anyMatch(r -> !r.isEmpty() && !r.startsWith("Match reason") && !r.matches("[A-Z_]+")));
        browser.scrollTo("duplicate-warning");
        browser.screenshot("case-3-duplicate-warning");
        confirmIfDuplicate(wait);
        long secondPerson = idAfter("/app/persons/", wait);
        assertTrue("registering anyway makes a new person", secondPerson != firstPerson);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-notice")));
        assertPageIn("en", "ltr", "/app/persons/" + secondPerson);
        assertTrue(driver.findElement(By.id("person-summary")).getText().contains(VARIANT_NAME));

        // 3. a case for the first person: a note, a task, a request to close it
        driver.get(BASE + "/app/persons/" + firstPerson);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-case-submit")));
        assertPageIn("en", "ltr", "/app/persons/" + firstPerson);
        check(driver.findElement(By.id("flag-POSSIBLE_TRAFFICKING_VICTIM")));
        driver.findElement(By.id("open-case-submit")).click();
        long caseId = idAfter("/app/cases/", wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-notice")));
        assertPageIn("en", "ltr", "/app/cases/" + caseId);
        assertTrue(driver.findElement(By.id("case-summary")).getText().contains("traffick"));

        driver.findElement(By.id("note-text")).sendKeys(NOTE);
        driver.findElement(By.id("note-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), NOTE));
        assertPageIn("en", "ltr", "/app/cases/" + caseId + " (note)");

        String due = LocalDate.now().plusDays(7).toString();
        driver.findElement(By.id("task-title")).sendKeys(TASK);
        setDate(driver.findElement(By.id("task-due")), due);
        driver.findElement(By.id("task-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), TASK));
        assertTrue("the task shows its due date", driver.findElement(By.id("tasks")).getText().contains(due));
        assertPageIn("en", "ltr", "/app/cases/" + caseId + " (task)");

        driver.findElement(By.id("request-closure-reason")).sendKeys(CLOSURE_REASON);
        driver.findElement(By.id("request-closure-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals"), CLOSURE_REASON));
        assertTrue(driver.findElement(By.id("approvals")).getText().contains("waiting for a supervisor"));
        assertTrue("the caseworker cannot approve their own request",
                driver.findElements(By.cssSelector("#approvals button[id^='approve-']")).isEmpty());
        assertPageIn("en", "ltr", "/app/cases/" + caseId + " (closure requested)");
        browser.fullPageScreenshot("case-4-closure-requested");
        browser.logOut(wait);

        // 4. the supervisor approves: the case is closed
        browser.logIn("demo.supervisor", wait);
        driver.get(BASE + "/app/cases/" + caseId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approvals")));
        assertPageIn("en", "ltr", "/app/cases/" + caseId + " (supervisor)");
        WebElement approve = driver.findElement(By.cssSelector("#approvals button[id^='approve-']"));
        approve.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-notice")));
        assertEquals("Closed", driver.findElement(By.id("case-status")).getText().strip());
        assertTrue(driver.findElement(By.id("approvals")).getText().contains("approved"));
        assertTrue("the closure reason is kept", driver.findElement(By.id("case-summary")).getText().contains(CLOSURE_REASON));
        assertPageIn("en", "ltr", "/app/cases/" + caseId + " (closed)");
        browser.scrollTo("case-summary");
        browser.screenshot("case-5-closed");

        new Select(driver.findElement(By.id("lang-select"))).selectByValue("ar");
        driver.findElement(By.id("lang-submit")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
        assertPageIn("ar", "rtl", "/app/cases/" + caseId + " (closed, Arabic)");
        assertEquals("مغلق", driver.findElement(By.id("case-status")).getText().strip());
        browser.scrollTo("case-summary");
        browser.screenshot("case-6-closed-arabic");
        browser.logOut(wait);
    }

    /**
     * Issue 5: on a phone, a caseworker starts a screening of a demonstration case in the person's
     * language (Arabic beside English), saves a draft, sees the follow-up questions appear,
     * completes it, and reads the determination with its explanations, marked indicative and not a
     * legal identification; then the same page in Arabic, right to left.
     */
    @Test
    public void caseworkerScreensAPersonOnAPhoneAndReadsTheExplainedDetermination() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        browser.logIn("demo.caseworker", wait);
        driver.get(BASE + "/app/cases");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id^='case-link-']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("case-screenings"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-language"))).sendKeys("ar");
        driver.findElement(By.id("start-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-tip-recruited")));
        assertPageIn("en", "ltr", "screening draft");
        WebElement person = driver.findElement(By.cssSelector("#q-tip-recruited .q-person"));
        assertEquals("ar", person.getAttribute("lang"));
        assertEquals("rtl", person.getAttribute("dir"));
        assertTrue("the question in Arabic beside English", person.getText().matches(".*\\p{IsArabic}.*"));
        assertTrue("unknown and declined are always offered",
                !driver.findElements(By.id("q-tip-recruited-unknown")).isEmpty() && !driver.findElements(By.id("q-tip-recruited-declined")).isEmpty());
        browser.screenshot("screening-1-draft");

        check(driver.findElement(By.id("q-tip-recruited-yes")));
        check(driver.findElement(By.id("q-tip-worked-yes")));
        browser.scrollTo("save-draft");
        driver.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening-notice")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-tip-recruitment-deception")));
        for (String box : List.of("q-tip-recruitment-deception-deceived-nature-of-job", "q-tip-recruitment-deception-deceived-wages",
                "q-tip-exploitation-excessive-hours", "q-tip-exploitation-low-or-no-salary",
                "q-tip-destination-coercion-confiscation-of-documents", "q-tip-destination-coercion-threats-of-violence")) {
            check(driver.findElement(By.id(box)));
        }
        browser.scrollTo("complete");
        driver.findElement(By.id("complete")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("determination")));
        assertPageIn("en", "ltr", "screening completed");
        assertTrue(driver.findElement(By.id("flag-possible-trafficking-victim")).isDisplayed());
        assertTrue(driver.findElement(By.id("indicative-notice")).getText().toLowerCase().contains("not yet verified"));
        assertTrue(driver.findElement(By.id("authority-notice")).isDisplayed());
        driver.findElement(By.cssSelector("#flag-possible-trafficking-victim details summary")).click();
        assertTrue("the explanation names the rule and its basis",
                driver.findElement(By.cssSelector("#flag-possible-trafficking-victim details")).getText().contains("Rule"));
        browser.fullPageScreenshot("screening-2-determination");

        new Select(driver.findElement(By.id("lang-select"))).selectByValue("ar");
        driver.findElement(By.id("lang-submit")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("determination")));
        assertPageIn("ar", "rtl", "screening completed, Arabic");
        browser.fullPageScreenshot("screening-3-determination-arabic");
        new Select(driver.findElement(By.id("lang-select"))).selectByValue("en");
        driver.findElement(By.id("lang-submit")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        browser.logOut(wait);
    }

    /** Step 1 of the registration: registration and assistance agreed in writing, in Arabic, today. */
    private void giveConsent(WebDriverWait wait) throws Exception {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent-continue")));
        assertPageIn("en", "ltr", "/app/persons/new");
        check(driver.findElement(By.id("consent-registration")));
        check(driver.findElement(By.id("consent-assistance")));
        driver.findElement(By.id("consent-method-written")).click();
        new Select(driver.findElement(By.id("consent-language"))).selectByValue("ar");
        setDate(driver.findElement(By.id("consent-date")), LocalDate.now().toString());
        driver.findElement(By.id("consent-given-yes")).click();
        browser.screenshot("case-consent");
        driver.findElement(By.id("consent-continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-submit")));
        assertPageIn("en", "ltr", "/app/persons/new (details)");
    }

    /** Step 2: the person's details with one name, the shared birth date, nationality and language. */
    private void fillDetails(String original, String latin) {
        driver.findElement(By.id("name-0-original")).sendKeys(original);
        driver.findElement(By.id("name-0-latin")).sendKeys(latin);
        new Select(driver.findElement(By.id("sex"))).selectByValue("MALE");
        setDate(driver.findElement(By.id("dob")), BIRTH_DATE);
        new Select(driver.findElement(By.id("nationality"))).selectByValue(NATIONALITY);
        driver.findElement(By.id("languages")).sendKeys("ar");
    }

    /** When the possible-duplicate warning is shown: confirms the person is someone else and registers. */
    private void confirmIfDuplicate(WebDriverWait wait) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().matches(".*/app/persons/[0-9]+.*") || !d.findElements(By.id("duplicate-warning")).isEmpty());
        if (!driver.findElements(By.id("duplicate-warning")).isEmpty()) {
            check(driver.findElement(By.id("not-duplicate")));
            driver.findElement(By.id("register-submit")).click();
        }
    }

    /** The id in the address once the browser has gone to {@code prefix<id>}. */
    private long idAfter(String prefix, WebDriverWait wait) {
        Pattern id = Pattern.compile(Pattern.quote(BASE + prefix) + "([0-9]+)(\\?.*)?");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> id.matcher(d.getCurrentUrl()).matches());
        Matcher m = id.matcher(driver.getCurrentUrl());
        assertTrue(m.matches());
        return Long.parseLong(m.group(1));
    }

    private static void check(WebElement checkbox) {
        if (!checkbox.isSelected()) {
            checkbox.click();
        }
        assertTrue(checkbox.isSelected());
    }

    /** A date field's value in ISO form (typing a date depends on the browser's locale). */
    private static void setDate(WebElement field, String isoDate) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, isoDate);
        assertEquals(isoDate, field.getAttribute("value"));
    }

    /**
     * Signs in (keyboard only) as the account that sees the most pages, switches the UI to the
     * language with the language form, visits every page of the navigation and checks it, checks
     * the country page in depth, and signs out.
     */
    private void everyPageIn(String lang, String dir, String countryName) throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(MOST_PAGES_ACCOUNT);
        driver.findElement(By.id("password")).sendKeys(browser.passwordOf(MOST_PAGES_ACCOUNT), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        assertDocument("en", "ltr");
        List<String> englishLabels = navLabels();

        new Select(driver.findElement(By.id("lang-select"))).selectByValue(lang);
        driver.findElement(By.id("lang-submit")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));

        List<String> pages = new ArrayList<>();
        for (WebElement link : driver.findElements(By.cssSelector("#main-nav a"))) {
            pages.add(link.getAttribute("href"));
        }
        assertTrue("the system administrator's navigation offers home, country, users and audit: " + pages,
                pages.size() >= 4 && pages.contains(BASE + "/app/country") && pages.contains(BASE + "/app/users")
                        && pages.contains(BASE + "/app/audit"));
        List<String> labels = navLabels();
        for (String label : labels) {
            assertFalse("navigation label '" + label + "' is translated into " + lang, englishLabels.contains(label));
        }

        for (String page : pages) {
            driver.get(page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            assertPageIn(lang, dir, page);
            browser.screenshot(lang + "-" + pageName(page));
        }

        countryPage(lang, dir, countryName, wait);

        driver.findElement(By.id("logout")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertDocument(lang, dir); // the language choice outlives the session
    }

    /**
     * The country page: Morocco's name in the language, every unverified fact with its visible
     * translated "not verified" badge, the verified law with its sources and official French
     * title, and a division search by the country's name in the language.
     */
    private void countryPage(String lang, String dir, String countryName, WebDriverWait wait) throws Exception {
        driver.get(BASE + "/app/country");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("country-MA")));
        assertPageIn(lang, dir, "/app/country");
        assertEquals(countryName, driver.findElement(By.id("country-MA-name")).getText().strip());

        Map<String, String> badges = BADGES.get(lang);
        List<WebElement> evidence = driver.findElements(By.cssSelector("#country-MA .evidence"));
        assertFalse("facts carry their evidence", evidence.isEmpty());
        int unverified = 0;
        for (WebElement block : evidence) {
            String confidence = block.getAttribute("data-confidence");
            assertTrue("known confidence " + confidence, badges.containsKey(confidence));
            WebElement badge = block.findElement(By.cssSelector(".badge"));
            assertTrue("the confidence of every fact is visible (" + confidence + ")", badge.isDisplayed());
            assertEquals("the confidence label is translated", badges.get(confidence), badge.getText().strip());
            String classes = block.getAttribute("class");
            if ("V".equals(confidence)) {
                assertTrue(classes, classes.contains("fact-verified") && !classes.contains("fact-unverified"));
            } else {
                // never presented as settled
                assertTrue(classes, classes.contains("fact-unverified") && !classes.contains("fact-verified"));
                unverified++;
            }
        }
        assertTrue("Morocco's pack has unverified facts, shown as such", unverified > 0);
        WebElement generalKnowledge = driver.findElement(By.cssSelector(
                "#country-MA .evidence.fact-unverified[data-confidence='GK'] .badge"));
        assertTrue(generalKnowledge.isDisplayed());
        assertEquals(badges.get("GK"), generalKnowledge.getText().strip());

        WebElement law = driver.findElement(By.id("law-law-27-14"));
        WebElement title = law.findElement(By.cssSelector("h4 .law-title"));
        assertEquals(LAW_27_14_TITLE, title.getText().strip());
        assertEquals("the official title keeps its language", "fr", title.getAttribute("lang"));
        WebElement lawEvidence = law.findElement(By.cssSelector(":scope > .evidence"));
        assertEquals("V", lawEvidence.getAttribute("data-confidence"));
        List<String> sources = new ArrayList<>();
        for (WebElement source : lawEvidence.findElements(By.cssSelector("ul.sources a"))) {
            assertTrue(source.isDisplayed());
            assertEquals(source.getAttribute("href"), source.getText().strip());
            sources.add(source.getAttribute("href"));
        }
        assertTrue("the verified law shows its sources: " + sources, sources.contains("https://cnclt.justice.gov.ma/fr/?p=307"));
        browser.fullPageScreenshot(lang + "-country-full");

        // keyboard only: type the country's name in the language, Enter submits the search
        WebElement query = driver.findElement(By.id("division-ma-q"));
        query.clear();
        query.sendKeys(countryName, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("division-ma-shown")));
        assertPageIn(lang, dir, "/app/country?q=" + countryName);
        WebElement morocco = driver.findElement(By.cssSelector("#country-MA li.division[data-division='MA'] strong"));
        assertEquals(countryName, morocco.getText().strip());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('division-ma-search').scrollIntoView();");
        browser.screenshot(lang + "-country-division-search");
    }

    /** The page is in the language and direction, has no missing message key and fits a phone. */
    private void assertPageIn(String lang, String dir, String page) {
        assertDocument(lang, dir);
        assertEquals(page + " lays out " + dir, dir,
                ((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.body).direction;"));
        // the heading starts on the reading side: the right for right-to-left, the left otherwise
        List<?> gaps = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "const h = document.querySelector('main h1'); const r = document.createRange(); r.selectNodeContents(h);"
                        + " const t = r.getBoundingClientRect(), b = h.getBoundingClientRect();"
                        + " return [t.left - b.left, b.right - t.right];");
        double startGap = ((Number) gaps.get("rtl".equals(dir) ? 1 : 0)).doubleValue();
        assertTrue(page + ": the heading starts on the " + ("rtl".equals(dir) ? "right" : "left") + " (gap " + startGap + " px)",
                startGap <= 1);
        Set<String> keys = browser.missingKeys();
        assertTrue(page + " in " + lang + " shows message keys instead of text: " + keys, keys.isEmpty());
        assertFitsPhoneWidth();
    }

    private List<String> navLabels() {
        List<String> labels = new ArrayList<>();
        for (WebElement link : driver.findElements(By.cssSelector("#main-nav a"))) {
            labels.add(link.getText().strip());
        }
        return labels;
    }

    /** {@code home} for /app/, else the path after /app/, e.g. {@code country}. */
    private static String pageName(String url) {
        String path = url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        String name = path.replaceFirst("^/app/?", "").replaceAll("[^A-Za-z0-9-]+", "-");
        return name.isEmpty() ? "home" : name;
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

}
