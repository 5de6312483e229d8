package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseView;
import org.amparo.cases.Name;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Sex;
import org.amparo.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attaching files to a case (multipart, kept in memory), downloading them, and correcting a person's details. */
class AttachmentAndEditPagesTest {
    private static final String PASSWORD = "Zq9-xW7!kP2#mV4$";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private final FakeCases cases = new FakeCases();
    private WebHarness web;

    @BeforeEach
    void start() throws Exception {
        web = new WebHarness();
        web.security.addUser("cora", "Cora Caseworker", 1, PASSWORD, Role.CASEWORKER);
        web.security.addUser("carl", "Carl Caseworker", 1, PASSWORD, Role.CASEWORKER);
        web.addPage(new PersonsPage(cases.persons, cases.cases, web.security.userService, new CountryPageTest.FakePacks(),
                web.messages));
        web.addPage(new CasesPage(cases.cases, web.security.userService));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
    }

    private WebHarness.Browser signedIn(String username) throws Exception {
        WebHarness.Browser browser = web.browser();
        browser.login(username, PASSWORD);
        return browser;
    }

    private long person(String name) {
        return cases.persons.addPerson(new Actor("cora", 1, Set.of(Role.CASEWORKER)), new PersonDetails(
                List.of(new Name(name, "")), Sex.FEMALE, "", null, false, 30, null, null, "", List.of(), List.of(), "", "", ""),
                false).id();
    }

    @Test
    void aFileIsAttachedThroughTheFormAndDownloadedAsAnAttachmentByWhoMayReadTheCase() throws Exception {
        CaseView opened = cases.cases.open(new Actor("cora", 1, Set.of(Role.CASEWORKER)), person("Amina"), Set.of());
        String path = "/app/cases/" + opened.id();
        WebHarness.Browser cora = signedIn("cora");
        WebHarness.Response page = cora.get(path);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"").contains("id=\"attachment-file\"")
                .contains("No files attached yet.").contains("up to 5 MB");

        WebHarness.Response sent = cora.postMultipart(path, Map.of("_csrf", page.csrf(), "op", "attach", "description", "first page"),
                "file", "جواز سفر.pdf", PDF);
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo(path + "?done=attach");
        long id = cases.cases.attachmentRecords.get(0).attachment().id();
        assertThat(cases.cases.attachmentRecords.get(0).content()).isEqualTo(PDF);
        assertThat(cora.get(path + "?done=attach").body()).contains("The file has been attached.")
                .contains("id=\"attachment-" + id + "\"").contains("<bdi>جواز سفر.pdf</bdi>").contains("first page")
                .contains("PDF document");

        WebHarness.Response file = cora.get(path + "/attachments/" + id);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"____ ___.pdf\"; filename*=UTF-8''%D8%AC%D9%88%D8%A7%D8%B2%20%D8%B3%D9%81%D8%B1.pdf");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        assertThat(file.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));

        assertThat(signedIn("carl").get(path + "/attachments/" + id).status()).as("not carl's case").isEqualTo(403);
        assertThat(cora.get("/app/cases/" + (opened.id() + 1) + "/attachments/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRefusedFileOrNoFileSaysWhyNextToTheFieldAndKeepsTheDescription() throws Exception {
        CaseView opened = cases.cases.open(new Actor("cora", 1, Set.of(Role.CASEWORKER)), person("Amina"), Set.of());
        String path = "/app/cases/" + opened.id();
        WebHarness.Browser cora = signedIn("cora");
        String csrf = cora.get(path).csrf();

        WebHarness.Response text = cora.postMultipart(path, Map.of("_csrf", csrf, "op", "attach", "description", "a <b>letter</b>"),
                "file", "letter.pdf", "just words".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("id=\"attachment-file-error\">[cases.attachment.typeRefused]")
                .contains(">a &lt;b&gt;letter&lt;/b&gt;</textarea>");

        WebHarness.Response none = cora.postMultipart(path, Map.of("_csrf", csrf, "op", "attach", "description", ""), "file", "",
                new byte[0]);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("id=\"attachment-file-error\">Choose a file to attach.");

        WebHarness.Response forged = cora.postMultipart(path, Map.of("_csrf", "forged", "op", "attach"), "file", "x.pdf", PDF);
        assertThat(forged.status()).isEqualTo(403);

        byte[] huge = new byte[FormData.MAX_MULTIPART_BYTES + 1];
        assertThat(cora.postMultipart(path, Map.of("_csrf", csrf, "op", "attach"), "file", "big.pdf", huge).status())
                .isEqualTo(413);
        assertThat(cases.cases.attachmentRecords).isEmpty();
    }

    @Test
    void aPersonsDetailsAreCorrectedInTheRegistrationFormFilledWithWhatIsRecorded() throws Exception {
        long id = person("Amina Hadad");
        WebHarness.Browser cora = signedIn("cora");
        assertThat(cora.get("/app/persons/" + id).body()).contains("id=\"person-edit\"").contains("href=\"/app/persons/" + id + "/edit\"");
        WebHarness.Response form = cora.get("/app/persons/" + id + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"Amina Hadad\"").contains("id=\"save-submit\"").contains("value=\"30\"")
                .doesNotContain("id=\"register-submit\"").doesNotContain("name=\"given\"");

        WebHarness.Response bad = cora.post("/app/persons/" + id + "/edit", Map.of("_csrf", form.csrf(), "op", "save",
                "name.0.original", "Amina Haddad", "sex", "FEMALE", "dob", "yesterday"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"dob-error\"").contains("value=\"Amina Haddad\"").contains("value=\"yesterday\"");
        assertThat(cases.personRecords.get(id).details().names().get(0).original()).isEqualTo("Amina Hadad");

        WebHarness.Response saved = cora.post("/app/persons/" + id + "/edit", Map.of("_csrf", form.csrf(), "op", "save",
                "name.0.original", "Amina Haddad", "sex", "FEMALE", "claimedAge", "31", "dob", LocalDate.of(1995, 1, 2).toString()));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/app/persons/" + id + "?done=updated");
        assertThat(cases.personRecords.get(id).details().names().get(0).original()).isEqualTo("Amina Haddad");
        assertThat(cora.get(saved.header("Location")).body()).contains("The details have been corrected.")
                .contains("Amina Haddad").contains("Corrected").contains("by \u2068cora\u2069");
    }
}
