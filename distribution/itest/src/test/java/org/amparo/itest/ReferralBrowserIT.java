package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
    /** The demonstration provider's medical service (org.amparo.demo DemoReferralPartner: name-based ids). */
    private static final String MEDICAL_SERVICE = UUID.nameUUIDFromBytes("org.amparo.demo/service/medical"
            .getBytes(StandardCharsets.UTF_8)).toString();
    private static final String MESSAGE = "Fictional test message: the person prefers a female doctor.";
    private static DemoBrowser b;
    private static WebDriver driver;

    @Rule
    public final TestWatcher keepFailedPage = DemoBrowser.keepFailedPage("referral-", () -> b);

    @BeforeClass
    public static void startAmparoAndChromium() throws Exception {
        b = DemoBrowser.start("referral", PORT, 8103);
        driver = b.driver;
    }

    @AfterClass
    public static void stop() throws Exception {
        DemoBrowser.stop(b);
    }

    @Test
    public void fromADeterminationToAReferralAcceptedAndCompletedByThePartner() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        b.logIn("demo.caseworker", wait);

        // a screening whose determination asks for medical care
        driver.get(BASE + "/app/cases");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id^='case-link-']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-referrals")));
        String caseUrl = driver.getCurrentUrl();
        driver.findElement(By.id("case-screenings")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-language"))).sendKeys("ar");
        driver.findElement(By.id("start-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-tip-recruited")));
        b.check(driver.findElement(By.id("q-tip-recruited-yes")));
        b.check(driver.findElement(By.id("q-tip-worked-yes")));
        b.scrollTo("save-draft");
        driver.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-tip-recruitment-deception")));
        for (String box : List.of("q-tip-recruitment-deception-deceived-nature-of-job", "q-tip-recruitment-deception-deceived-wages",
                "q-tip-exploitation-excessive-hours", "q-tip-exploitation-low-or-no-salary",
                "q-tip-destination-coercion-confiscation-of-documents", "q-tip-destination-coercion-threats-of-violence")) {
            b.check(driver.findElement(By.id(box)));
        }
        b.scrollTo("complete");
        driver.findElement(By.id("complete")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("need-medical-care")));

        // the case's referral page: matched services with their reasons
        driver.get(caseUrl);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("case-referrals"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matches")));
        b.assertUsable("referrals of the case");
        WebElement medical = driver.findElement(By.id("need-medical-care"));
        WebElement service = medical.findElement(By.id("service-" + MEDICAL_SERVICE));
        assertTrue("the demonstration provider's service is ranked with reasons", service.getText().contains("fictional"));
        assertFalse("every ranked service says why", service.findElements(By.cssSelector(".reasons li")).isEmpty());
        b.fullPageScreenshot("referral-1-matches");

        // draft: choose what to share, then the preview says consent is missing
        b.scrollTo("refer-" + MEDICAL_SERVICE);
        driver.findElement(By.id("refer-" + MEDICAL_SERVICE)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-submit")));
        b.assertUsable("new referral");
        assertTrue(driver.findElement(By.id("field-NAME")).isSelected());
        assertFalse("contact details are not shared unless chosen", driver.findElement(By.id("field-CONTACT")).isSelected());
        driver.findElement(By.id("referral-message")).sendKeys(MESSAGE);
        b.scrollTo("draft-submit");
        driver.findElement(By.id("draft-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
        b.assertUsable("referral draft");
        assertEquals("Draft", driver.findElement(By.id("referral-status")).getText().strip());
        assertTrue(driver.findElement(By.id("consent-problem")).getText().contains("consent"));
        assertTrue("the preview lists the shared name", !driver.findElements(By.id("shared-NAME")).isEmpty());
        assertTrue("and not the contact details", driver.findElements(By.id("shared-CONTACT")).isEmpty());
        b.fullPageScreenshot("referral-2-preview-without-consent");
        long referral = Long.parseLong(driver.getCurrentUrl().replaceFirst("^.*/app/referrals/(\\d+).*$", "$1"));

        // the person consents (as the caseworker obtained it), then the referral is sent
        b.scrollTo("consent-submit");
        b.check(driver.findElement(By.id("consent-agrees")));
        b.check(driver.findElement(By.id("consent-method-written")));
        driver.findElement(By.id("consent-language")).sendKeys("ar");
        driver.findElement(By.id("consent-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent-ok")));
        b.scrollTo("send");
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-notice")));
        assertEquals("Sent", driver.findElement(By.id("referral-status")).getText().strip());
        b.assertUsable("referral sent");
        b.screenshot("referral-3-sent");
        b.logOut(wait);

        // the partner accepts, starts and completes; the caseworker sees each status
        String[][] steps = { { "ACCEPTED", "Accepted" }, { "IN_PROGRESS", "In progress" }, { "COMPLETED", "Completed" } };
        for (String[] step : steps) {
            b.logIn("demo.partnercaseworker", wait);
            driver.get(BASE + "/app/inbox");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("received-" + referral))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received-status")));
            b.assertUsable("received referral");
            assertEquals(MESSAGE, driver.findElement(By.id("received-message")).getText().strip());
            assertFalse("the partner sees the shared name", driver.findElement(By.id("shared-NAME")).getText().isBlank());
            assertTrue("and nothing that was not shared", driver.findElements(By.id("shared-CONTACT")).isEmpty());
            assertTrue("no link into the case", driver.findElements(By.cssSelector("a[href^='/app/cases']")).isEmpty());
            b.scrollTo("answer-" + step[0]);
            driver.findElement(By.id("answer-" + step[0])).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-notice")));
            assertEquals(step[1], driver.findElement(By.id("received-status")).getText().strip());
            b.screenshot("referral-4-partner-" + step[0].toLowerCase());
            b.logOut(wait);

            b.logIn("demo.caseworker", wait);
            driver.get(BASE + "/app/referrals/" + referral);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-status")));
            assertEquals(step[1], driver.findElement(By.id("referral-status")).getText().strip());
            b.assertUsable("referral " + step[0]);
            b.logOut(wait);
        }
        b.logIn("demo.caseworker", wait);
        driver.get(BASE + "/app/referrals/" + referral);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertEquals("draft, sent, accepted, in progress, completed", 5,
                driver.findElements(By.cssSelector("#history > li")).size());
        b.fullPageScreenshot("referral-5-completed");
    }
}
