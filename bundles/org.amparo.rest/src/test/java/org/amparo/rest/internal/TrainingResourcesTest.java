package org.amparo.rest.internal;

import static org.amparo.rest.internal.CatalogResourceTest.json;
import static org.amparo.rest.internal.CatalogResourceTest.signedIn;
import static org.amparo.rest.internal.CatalogResourceTest.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.internal.Fixture;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.amparo.security.internal.OrganisationServiceImpl;
import org.amparo.security.internal.SecurityStore;
import org.amparo.training.QuizQuestion;
import org.amparo.training.TrainingModule;
import org.amparo.training.internal.RestTraining;
import org.amparo.training.internal.TrainingServiceImpl;
import org.junit.jupiter.api.Test;

/**
 * {@code /training} called directly over the REAL training service (the training bundle's modules)
 * and the real users, organisations and audit log of the cases bundle's {@link Fixture} on in-memory
 * Derby. Every person and organisation is fictional.
 */
class TrainingResourcesTest {
    private static final String MODULE = "child-protection";

    private final Fixture f = new Fixture();
    private final ClasspathMessages messages = new ClasspathMessages("rest", "training");
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });
    private final TrainingServiceImpl training = RestTraining.training(f);
    private final TrainingResource resource = new TrainingResource(training,
            new OrganisationServiceImpl(new SecurityStore(f.database), f.audit), messages);
    private final TrainingModule child = training.module(MODULE).orElseThrow();
    private final SecurityContext ana = signedIn(f.user("ana", f.org, Role.CASEWORKER), "en");
    private final SecurityContext sue = signedIn(f.user("sue", f.org, Role.SUPERVISOR), "en");
    private final SecurityContext bob = signedIn(f.user("bob", f.otherOrg, Role.SUPERVISOR), "en");
    private final SecurityContext carla = signedIn(f.user("carla", f.otherOrg, Role.COUNTRY_ADMIN), "en");

    private JsonNode error(Runnable call) {
        return CatalogResourceTest.error(errors, call);
    }

    private static List<String> fields(JsonNode error) {
        return error.at("/error/fields").findValuesAsText("field");
    }

    private Map<String, List<String>> allRight() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (QuizQuestion q : child.quiz().questions()) {
            answers.put(q.id(), new ArrayList<>(q.correct()));
        }
        return answers;
    }

    private TrainingDto.ResultView attempt(Map<String, List<String>> answers, SecurityContext who) {
        Response response = resource.attempt(MODULE, new TrainingDto.AttemptRequest(answers), null, who);
        assertThat(response.getStatus()).isEqualTo(201);
        return (TrainingDto.ResultView) response.getEntity();
    }

    @Test
    void aModuleToTakeNeverCarriesItsCorrectAnswers() {
        List<TrainingDto.ModuleSummary> modules = resource.modules(null, ana).items();
        assertThat(modules).extracting(TrainingDto.ModuleSummary::id).contains(MODULE);
        TrainingDto.ModuleSummary summary = modules.stream().filter(m -> m.id().equals(MODULE)).findFirst().orElseThrow();
        assertThat(summary.title()).doesNotStartWith("training.");
        assertThat(summary.questionCount()).isEqualTo(child.quiz().questions().size());

        TrainingDto.ModuleView module = resource.module(MODULE, "fr", ana);
        assertThat(module.lessons()).extracting(TrainingDto.LessonView::id).contains("best-interests", "age-in-doubt");
        assertThat(module.quiz().questions()).hasSize(child.quiz().questions().size());
        assertThat(module.quiz().questions().get(0).options()).allSatisfy(o -> assertThat(o.text()).doesNotStartWith("training."));
        JsonNode sent = tree(module);
        assertThat(sent.findValues("correct")).isEmpty();
        assertThat(sent.findValues("correctOptions")).isEmpty();
        assertThat(sent.findValues("explanation")).isEmpty();
        assertThat(sent.toString()).doesNotContain("explanation");

        assertThat(error(() -> resource.module("no-such-module", null, ana)).get("status").asInt()).isEqualTo(404);
        assertThat(error(() -> resource.modules(null, null)).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aCaseworkerReadsLessonsFailsThenPassesTheQuizAndTheirSupervisorSeesIt() {
        TrainingDto.ProgressView enrolled = resource.enrol(MODULE, ana);
        assertThat(enrolled.enrolled()).isTrue();
        assertThat(enrolled.completed()).isFalse();
        assertThat(resource.lessonRead(MODULE, "best-interests", ana).lessonsRead()).containsExactly("best-interests");

        QuizQuestion first = child.quiz().questions().get(0);
        TrainingDto.ResultView failed = attempt(Map.of(first.id(), new ArrayList<>(first.correct())), ana);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.attempt().number()).isEqualTo(1);
        assertThat(failed.questions()).hasSize(child.quiz().questions().size());
        assertThat(failed.questions().get(0).correct()).isTrue();
        assertThat(failed.questions().get(1).correct()).isFalse();
        assertThat(failed.questions().get(1).chosen()).isEmpty();
        assertThat(failed.questions().get(1).correctOptions()).isNotEmpty();
        assertThat(failed.questions()).allSatisfy(q -> assertThat(q.explanation()).isNotBlank().doesNotStartWith("training."));

        TrainingDto.ResultView passed = resource.attempt(MODULE, json(TrainingDto.AttemptRequest.class,
                tree(new TrainingDto.AttemptRequest(allRight())).toString()), null, ana).getEntity() instanceof TrainingDto.ResultView r ? r : null;
        assertThat(passed).isNotNull();
        assertThat(passed.passed()).isTrue();
        assertThat(passed.score()).isEqualTo(100);
        assertThat(passed.attempt().number()).isEqualTo(2);

        TrainingDto.ProgressView progress = resource.progress(ana).items().stream().filter(p -> p.moduleId().equals(MODULE))
                .findFirst().orElseThrow();
        assertThat(progress.completed()).isTrue();
        assertThat(progress.completion().score()).isEqualTo(100);
        assertThat(progress.attempts()).extracting(TrainingDto.AttemptView::passed).containsExactly(false, true);
        assertThat(resource.progress(sue).items()).allSatisfy(p -> assertThat(p.enrolled()).as("records are per user").isFalse());

        TrainingDto.ReportView report = resource.report(null, sue);
        assertThat(report.organisationCode()).isEqualTo("NGO-A");
        assertThat(report.moduleIds()).contains(MODULE);
        TrainingDto.UserRowView anaRow = report.users().stream().filter(u -> u.username().equals("ana")).findFirst().orElseThrow();
        assertThat(anaRow.modules().get(report.moduleIds().indexOf(MODULE)).completed()).isTrue();
        assertThat(report.users()).extracting(TrainingDto.UserRowView::username).doesNotContain("bob", "carla");
        assertThat(resource.report("NGO-A", carla).users()).extracting(TrainingDto.UserRowView::username).contains("ana", "sue");
    }

    @Test
    void reportsAreForTheOrganisationsSupervisorsAndCountryAdministrators() {
        JsonNode otherOrganisation = error(() -> resource.report("NGO-A", bob));
        assertThat(otherOrganisation.get("status").asInt()).isEqualTo(403);
        assertThat(otherOrganisation.at("/error/code").asText()).isEqualTo("accessDenied");
        assertThat(error(() -> resource.report(null, ana)).get("status").asInt()).isEqualTo(403);
        assertThat(resource.report("NGO-B", bob).organisationCode()).isEqualTo("NGO-B");
        assertThat(fields(error(() -> resource.report("NO-SUCH-ORG", carla)))).containsExactly("organisation");
    }

    @Test
    void badAttemptsAreRefusedFieldByFieldAndRecordNothing() {
        JsonNode unknown = error(() -> resource.attempt(MODULE, new TrainingDto.AttemptRequest(Map.of("no-such-question", List.of("a"))),
                null, ana));
        assertThat(unknown.get("status").asInt()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("answers.no-such-question");
        QuizQuestion first = child.quiz().questions().get(0);
        assertThat(fields(error(() -> resource.attempt(MODULE, new TrainingDto.AttemptRequest(Map.of(first.id(), List.of("no-such-option"))),
                null, ana)))).containsExactly("answers." + first.id());
        assertThat(fields(error(() -> resource.attempt(MODULE, new TrainingDto.AttemptRequest(null), null, ana)))).containsExactly("answers");
        assertThat(error(() -> resource.attempt(MODULE, null, null, ana)).at("/error/code").asText()).isEqualTo("malformedJson");
        assertThat(error(() -> json(TrainingDto.AttemptRequest.class, "{\"answers\":{},\"score\":100}")).at("/error/code").asText())
                .isEqualTo("unknownProperty");
        assertThat(error(() -> resource.attempt("no-such-module", new TrainingDto.AttemptRequest(Map.of()), null, ana))
                .get("status").asInt()).isEqualTo(404);
        assertThat(error(() -> resource.lessonRead(MODULE, "no-such-lesson", ana)).get("status").asInt()).isEqualTo(404);
        assertThat(resource.progress(ana).items()).allSatisfy(p -> assertThat(p.attempts()).isEmpty());
    }

    @Test
    void onlyACountryAdministratorRequiresAndDropsModules() {
        String action = ActionGuard.BEST_INTERESTS_ASSESSMENT;
        TrainingDto.RequirementRequest request = new TrainingDto.RequirementRequest(action, "caseworker", MODULE);
        assertThat(error(() -> resource.require(request, ana)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> resource.require(request, sue)).get("status").asInt()).isEqualTo(403);
        assertThat(resource.requirements(ana).items()).isEmpty();
        assertThat(resource.requirements(ana).actions()).contains(action);

        Response created = resource.require(request, carla);
        assertThat(created.getStatus()).isEqualTo(201);
        TrainingDto.RequirementView requirement = (TrainingDto.RequirementView) created.getEntity();
        assertThat(requirement.role()).isEqualTo("CASEWORKER");
        assertThat(requirement.requiredBy()).isEqualTo("carla");
        assertThat(resource.requirements(ana).items()).extracting(r -> r.action() + "/" + r.role() + "/" + r.moduleId())
                .containsExactly(action + "/CASEWORKER/" + MODULE);
        assertThat(training.missing(f.user("dan", f.org, Role.CASEWORKER), action)).containsExactly(MODULE);

        assertThat(fields(error(() -> resource.require(new TrainingDto.RequirementRequest(" ", "WIZARD", null), carla))))
                .containsExactly("action", "role", "moduleId");
        assertThat(fields(error(() -> resource.require(new TrainingDto.RequirementRequest("fly", "CASEWORKER", MODULE), carla))))
                .contains("action");
        assertThat(error(() -> resource.require(null, carla)).at("/error/code").asText()).isEqualTo("malformedJson");
        assertThat(fields(error(() -> resource.dropRequirement(null, "nobody", "", carla)))).containsExactly("action", "role", "module");

        assertThat(error(() -> resource.dropRequirement(action, "CASEWORKER", MODULE, ana)).get("status").asInt()).isEqualTo(403);
        assertThat(resource.requirements(ana).items()).hasSize(1);
        assertThat(resource.dropRequirement(action, "CASEWORKER", MODULE, carla).getStatus()).isEqualTo(204);
        assertThat(resource.requirements(ana).items()).isEmpty();
        assertThat(error(() -> resource.dropRequirement(action, "CASEWORKER", MODULE, carla)).get("status").asInt()).isEqualTo(404);
    }
}
