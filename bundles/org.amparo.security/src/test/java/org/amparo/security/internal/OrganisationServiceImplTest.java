package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amparo.audit.AuditOutcome;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.security.Organisation;
import org.junit.jupiter.api.Test;

class OrganisationServiceImplTest {
    private final SecurityFixture f = new SecurityFixture();

    @Test
    void createsFindsAndListsOrganisationsByCode() {
        Organisation ngo = f.organisations.create("NGO-B", "Refugee Aid", "ke", false, "ana");
        f.organisations.create("GOV-A", "Migration Office", "", true, "ana");

        assertThat(ngo.country()).isEqualTo("KE");
        assertThat(f.organisations.find(ngo.id())).contains(ngo);
        assertThat(f.organisations.findByCode("NGO-B")).contains(ngo);
        assertThat(f.organisations.findByCode("NOPE")).isEmpty();
        assertThat(f.organisations.list(0, 10)).extracting(Organisation::code).containsExactly("GOV-A", "NGO-B");
        assertThat(f.organisations.list(1, 1)).extracting(Organisation::code).containsExactly("NGO-B");
        assertThat(f.audit.events).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("org.create");
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(f.audit.events.get(0).target()).isEqualTo("org:NGO-B");
    }

    @Test
    void reportsEveryBadFieldAndWritesNothing() {
        assertThatThrownBy(() -> f.organisations.create("bad code", " ", "Kenya", false, "ana"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "security.org.code.invalid"),
                                org.assertj.core.groups.Tuple.tuple("name", "security.org.name.invalid"),
                                org.assertj.core.groups.Tuple.tuple("country", "security.org.country.invalid")));
        assertThat(f.organisations.list(0, 10)).isEmpty();
        assertThat(f.audit.events).isEmpty();
    }

    @Test
    void aTakenCodeIsAConflict() {
        f.organisations.create("NGO-B", "Refugee Aid", "", false, "ana");

        assertThatThrownBy(() -> f.organisations.create("NGO-B", "Another", "", false, "ana"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("security.org.exists"));
        assertThat(f.organisations.list(0, 10)).hasSize(1);
        assertThat(f.audit.actions()).containsExactly("org.create");
    }

    @Test
    void pagesOutOfRangeAreRejected() {
        assertThatThrownBy(() -> f.organisations.list(0, 501)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.organisations.list(-1, 10)).isInstanceOf(ValidationException.class);
    }

    @Test
    void derivesATypableCodeFromAnyName() {
        assertThat(OrganisationServiceImpl.deriveCode("Ministère de l'Intérieur")).isEqualTo("MINISTERE-DE-L-INTERIEUR");
        assertThat(OrganisationServiceImpl.deriveCode("  Cruz Roja / Guatemala  ")).isEqualTo("CRUZ-ROJA-GUATEMALA");
        assertThat(OrganisationServiceImpl.deriveCode("الهلال الأحمر")).isEqualTo("ORG");
        assertThat(OrganisationServiceImpl.deriveCode("A very long organisation name that goes on and on"))
                .hasSizeLessThanOrEqualTo(30).doesNotEndWith("-").matches("[A-Z0-9-]+");
    }
}
