package org.amparo.cases.bench;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.cases.internal.CaseServiceImpl;
import org.amparo.cases.internal.CasesStore;
import org.amparo.cases.internal.PersonServiceImpl;
import org.amparo.common.NotFoundException;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.PackStatus;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.modules.ModuleInfo;
import org.amparo.modules.ModuleRegistry;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.internal.OrganisationServiceImpl;
import org.amparo.security.internal.SecurityStore;
import org.amparo.security.internal.UserServiceImpl;

/**
 * The production implementations wired as DS wires them in the platform, over one data source:
 * {@link CasesStore} through its public (DS) constructor, so with the platform's name matcher
 * ({@code NamesLibraryMatcher} over {@code org.amparo.names}) and the system clock, the real audit
 * log, user and organisation services. Only the country packs (none installed: majority 18) and the
 * module registry (every module on) are stand-ins.
 */
final class BenchServices {
    final JdbcDatabase database;
    final AuditLogImpl audit;
    final OrganisationServiceImpl organisations;
    final UserServiceImpl users;
    final CasesStore store;
    final PersonServiceImpl persons;
    final CaseServiceImpl cases;

    BenchServices(DataSource dataSource) {
        database = new JdbcDatabase(dataSource);
        audit = new AuditLogImpl(database);
        SecurityStore security = new SecurityStore(database);
        organisations = new OrganisationServiceImpl(security, audit);
        users = new UserServiceImpl(security, audit);
        store = new CasesStore(database, audit, new NoPacks(), new AllModulesOn());
        persons = new PersonServiceImpl(store);
        cases = new CaseServiceImpl(store, users);
    }

    /** No country pack installed. */
    static final class NoPacks implements CountryPacks {
        @Override
        public List<PackStatus> packs() {
            return List.of();
        }

        @Override
        public Optional<PackStatus> status(String codeOrBundleId) {
            return Optional.empty();
        }

        @Override
        public Optional<Country> country(String code) {
            return Optional.empty();
        }

        @Override
        public Optional<Country> operatingCountry() {
            return Optional.empty();
        }

        @Override
        public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
            throw new UnsupportedOperationException("not used by the cases");
        }

        @Override
        public Optional<Division> division(String code, String id) {
            return Optional.empty();
        }

        @Override
        public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
            return Optional.empty();
        }
    }

    /** The one module the cases ask about, on. */
    static final class AllModulesOn implements ModuleRegistry {
        @Override
        public List<ModuleInfo> list() {
            return List.of(get("child-protection"));
        }

        @Override
        public ModuleInfo get(String id) {
            if (!"child-protection".equals(id)) {
                throw new NotFoundException();
            }
            return new ModuleInfo(id, id, id, List.of(), true, null, "");
        }

        @Override
        public ModuleInfo enable(String id, String actor) {
            return get(id);
        }

        @Override
        public ModuleInfo disable(String id, String actor) {
            throw new UnsupportedOperationException();
        }
    }
}
