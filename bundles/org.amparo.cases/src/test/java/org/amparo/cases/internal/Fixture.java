package org.amparo.cases.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.cases.Actor;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Name;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.Sex;
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
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.Role;
import org.amparo.security.internal.OrganisationServiceImpl;
import org.amparo.security.internal.SecurityStore;
import org.amparo.security.internal.UserServiceImpl;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The services wired as DS would wire them, on real in-memory Derby, with the real audit log and
 * the real user and organisation services. Country packs, modules and name matching are small
 * in-test implementations backed by real records (the extender, the registry and the names
 * library are tested in their own bundles).
 */
public final class Fixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    public final TestClock clock = new TestClock(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
    public final JdbcDatabase database = database();
    public final AuditLogImpl audit = new AuditLogImpl(database);
    public final Packs packs = new Packs();
    public final Modules modules = new Modules();
    public final CasesStore store;
    public final PersonServiceImpl persons;
    public final CaseServiceImpl cases;
    public final long org;
    public final long otherOrg;
    private final UserServiceImpl users;

    public Fixture() {
        this(new TestNames());
    }

    /** With another name matcher, such as the platform's ({@link NamesLibraryMatcher}). */
    Fixture(NameMatcher names) {
        SecurityStore security = new SecurityStore(database);
        OrganisationServiceImpl organisations = new OrganisationServiceImpl(security, audit);
        users = new UserServiceImpl(security, audit);
        Organisation first = organisations.create("NGO-A", "NGO A (fictional)", "MA", true, "setup");
        Organisation second = organisations.create("NGO-B", "NGO B (fictional)", "MA", true, "setup");
        org = first.id();
        otherOrg = second.id();
        store = new CasesStore(database, audit, packs, modules, names, clock);
        persons = new PersonServiceImpl(store);
        cases = new CaseServiceImpl(store, users);
    }

    /** Registers a guard with the case service, as DS does when another module contributes one. */
    public void guard(org.amparo.cases.ActionGuard guard) {
        cases.addGuard(guard);
    }

    /** Creates an account (so that it can be assigned cases) and returns it as an actor. */
    public Actor user(String username, long organisation, Role... roles) {
        try {
            users.create(new NewUser(username, username, organisation, Set.of(roles), "Zq9-xW7!kP2#mV4$".toCharArray(), "en"),
                    "setup");
        } catch (org.amparo.common.ValidationException e) {
            throw new AssertionError(e.errors().toString());
        }
        return new Actor(username, organisation, Set.of(roles));
    }

    public static ConsentDecision consent(ConsentPurpose... purposes) {
        return new ConsentDecision(Set.of(purposes), Set.of(), ConsentMethod.WRITTEN, "ar", TODAY, true);
    }

    public static PersonDetails adult(String original, String latin) {
        return new PersonDetails(List.of(new Name(original, latin)), Sex.FEMALE, "", LocalDate.of(1990, 5, 1), false, null,
                null, null, "MA", List.of("ar"), List.of(), "", "", "");
    }

    public static PersonDetails child(String latin) {
        return new PersonDetails(List.of(new Name(latin, latin)), Sex.MALE, "", null, false, 15, null, null, "", List.of(),
                List.of(), "", "", "");
    }

    public long register(Actor actor, PersonDetails details) {
        RegistrationResult result = persons.register(actor,
                new Registration(consent(ConsentPurpose.REGISTRATION, ConsentPurpose.ASSISTANCE), details, true));
        return ((RegistrationResult.Registered) result).person().id();
    }

    private static JdbcDatabase database() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:cases-" + System.nanoTime());
        ds.setCreateDatabase("create");
        return new JdbcDatabase(ds);
    }

    /** A clock the test moves. */
    public static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * Country packs holding the divisions of the fictional test pack XA of
     * {@code org.amparo.countries/src/test/resources/packs/xa}; a pack can be removed, after which
     * its divisions stay resolvable as withdrawn, as the extender keeps them.
     */
    public static final class Packs implements CountryPacks {
        final Map<String, Country> active = new HashMap<>();
        final Map<String, Division> divisions = new TreeMap<>();
        String operating = "XA";

        Packs() {
            add("XA", 18);
            division("XA", "XA-N", null, "Northern Region (fictional)", List.of());
            division("XA", "XA-N-1", "XA-N", "Port Élan (fictional)", List.of("Northern Region (fictional)"));
        }

        public void add(String code, int majority) {
            active.put(code, new Country(code, "1.0.0", "rev-1", true, "country." + code.toLowerCase(Locale.ROOT) + ".name",
                    List.of(), new Country.AgeOfMajority(majority, null), null, List.of(), null, List.of(), divisions.size(),
                    List.of(), List.of(), List.of()));
        }

        public void division(String code, String id, String parent, String name, List<String> path) {
            divisions.put(code + "/" + id, new Division(code, id, parent, path.size() + 1, name, Map.of(), path, false));
        }

        /** Removes a pack: its content is no longer current, its divisions stay readable, withdrawn. */
        public void remove(String code) {
            active.remove(code);
            divisions.replaceAll((key, d) -> d.country().equals(code)
                    ? new Division(d.country(), d.id(), d.parentId(), d.level(), d.name(), d.names(), d.path(), true)
                    : d);
        }

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
            return Optional.ofNullable(active.get(code));
        }

        @Override
        public Optional<Country> operatingCountry() {
            return country(operating);
        }

        @Override
        public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
            throw new UnsupportedOperationException("not used by the cases");
        }

        @Override
        public Optional<Division> division(String code, String id) {
            return Optional.ofNullable(divisions.get(code + "/" + id));
        }

        @Override
        public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
            return Optional.empty();
        }
    }

    /** Modules on by default, switched by the test. */
    public static final class Modules implements ModuleRegistry {
        final Set<String> off = new HashSet<>();

        @Override
        public List<ModuleInfo> list() {
            return List.of(get("child-protection"));
        }

        @Override
        public ModuleInfo get(String id) {
            if (!"child-protection".equals(id)) {
                throw new NotFoundException();
            }
            return new ModuleInfo(id, id, id, List.of(), !off.contains(id), null, "");
        }

        @Override
        public ModuleInfo enable(String id, String actor) {
            off.remove(id);
            return get(id);
        }

        @Override
        public ModuleInfo disable(String id, String actor) {
            off.add(id);
            return get(id);
        }
    }

    /**
     * Name matching for the tests: keys are the lower-case, accent-free words of a name; Arabic
     * "أحمد" is transliterated as "Ahmad"; two persons match when half their name words agree.
     */
    static final class TestNames implements NameMatcher {
        @Override
        public String toLatin(String name) {
            return name.replace("أحمد", "Ahmad");
        }

        @Override
        public Set<String> keys(String name) {
            String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            Set<String> keys = new TreeSet<>();
            for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    keys.add(word);
                }
            }
            return keys;
        }

        @Override
        public Optional<Likeness> compare(Descriptor a, Descriptor b) {
            Set<String> left = new TreeSet<>();
            a.names().forEach(n -> left.addAll(keys(n)));
            Set<String> right = new TreeSet<>();
            b.names().forEach(n -> right.addAll(keys(n)));
            Set<String> common = new TreeSet<>(left);
            common.retainAll(right);
            double score = (double) common.size() / Math.max(1, Math.min(left.size(), right.size()));
            if (score < 0.5) {
                return Optional.empty();
            }
            return Optional.of(new Likeness(score, a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth())
                    ? List.of("name", "dateOfBirth") : List.of("name")));
        }
    }
}
