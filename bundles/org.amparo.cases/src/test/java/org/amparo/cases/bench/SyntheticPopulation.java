package org.amparo.cases.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.Sex;
import org.amparo.cases.bench.SyntheticNames.Group;
import org.amparo.cases.bench.SyntheticNames.Lists;
import org.amparo.cases.bench.SyntheticNames.Script;

/**
 * A deterministic SYNTHETIC population for load: person {@code i} of a population with a given seed
 * is always the same, so that a benchmark can find again the persons it loaded. Everything here is
 * FICTIONAL (names combined at random from {@link SyntheticNames}, made-up dates, no real person).
 *
 * <p>About 3% of persons are re-registrations of an earlier person of the same organisation with
 * their names spelt differently (another spelling of each name, or the other script), the kind of
 * record the duplicate check exists to find. About 55% have a case, with notes, tasks, a flag and a
 * status history.
 */
final class SyntheticPopulation {
    /** An organisation of the population and the user names of its caseworkers. */
    record Organisation(long id, List<String> caseworkers, int weight) {
        Organisation {
            caseworkers = List.copyOf(caseworkers);
        }
    }

    /** One name as the service stores it before transliteration: {@code latin} empty = to be suggested. */
    record GivenName(String original, String latin) {
    }

    /** A case of a person. */
    record SyntheticCase(Instant createdAt, CaseStatus status, String assignedTo, Set<CaseFlag> flags, List<String> notes,
            List<LocalDate> taskDueDates, int openTasks) {
    }

    /** Person {@code index}. */
    record SyntheticPerson(int index, Organisation organisation, String createdBy, Instant createdAt, Script script,
            Sex sex, LocalDate dateOfBirth, boolean dateOfBirthEstimated, Integer claimedAge, String nationality,
            String language, List<GivenName> names, int duplicateOf, SyntheticCase caseFile) {
    }

    /** Which names a person has, before spelling. */
    private record Choice(Script script, Sex sex, int given, int father, int family) {
    }

    private static final String[][] NATIONALITIES = {
        {"MA", "MA", "MA", "DZ", "DZ", "SD", "SD", "SY", "EG", "TN", "LY", "YE"},
        {"SN", "ML", "GN", "CI", "CM", "NG", "CD", "ER", "ET", "GM", "BF", "SO"},
        {"UA", "UA", "RU", "RU", "BY", "KZ", "UZ", "KG"},
        {"LA"},
    };
    private static final String[][] LANGUAGES = {{"ar"}, {"fr", "fr", "en", "wo", "bm", "ff", "ti", "so"}, {"ru", "uk", "ru"}, {"lo"}};
    private static final CaseStatus[] STATUSES = {
        CaseStatus.IDENTIFICATION, CaseStatus.INTAKE, CaseStatus.SCREENING, CaseStatus.ASSESSMENT, CaseStatus.CASE_PLAN,
        CaseStatus.IMPLEMENTATION, CaseStatus.IMPLEMENTATION, CaseStatus.FOLLOW_UP, CaseStatus.CLOSED, CaseStatus.CLOSED,
    };
    private static final String[] NOTES = {
        "Synthetic benchmark note: first interview held with an interpreter.",
        "Synthetic benchmark note: referred for a medical check.",
        "Synthetic benchmark note: documents reviewed, copies kept at the office.",
        "Synthetic benchmark note: follow-up call, no change.",
        "Synthetic benchmark note: accommodation arranged for two weeks.",
    };

    final long seed;
    final int size;
    final List<Organisation> organisations;
    final LocalDate today;
    private final Instant start;
    private final long spanSeconds;
    private final int totalWeight;

    SyntheticPopulation(long seed, int size, List<Organisation> organisations, LocalDate today) {
        this.seed = seed;
        this.size = size;
        this.organisations = List.copyOf(organisations);
        this.today = today;
        this.start = today.minusYears(6).atStartOfDay().toInstant(ZoneOffset.UTC);
        this.spanSeconds = Duration.between(start, today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).getSeconds();
        this.totalWeight = organisations.stream().mapToInt(Organisation::weight).sum();
    }

    private SplittableRandom random(int index, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 8L + stream);
    }

    /** Person {@code index} (0-based); earlier indexes were registered earlier. */
    SyntheticPerson person(int index) {
        SplittableRandom r = random(index, 0);
        int duplicateOf = index > 1000 && r.nextInt(100) < 3 ? index - 1 - r.nextInt(Math.min(index - 1, 200_000)) : -1;
        Organisation org;
        Choice choice;
        LocalDate dob;
        boolean estimated;
        if (duplicateOf >= 0) {
            SyntheticPerson original = person(duplicateOf);
            org = original.organisation();
            choice = choice(random(duplicateOf, 1));
            // the same date, or an estimate close to it
            estimated = r.nextInt(100) < 40;
            dob = original.dateOfBirth() == null ? null
                    : estimated ? original.dateOfBirth().withDayOfYear(1).plusYears(r.nextInt(3) - 1) : original.dateOfBirth();
        } else {
            org = organisation(r);
            choice = choice(random(index, 1));
            estimated = r.nextInt(100) < 30;
            int age = age(r);
            dob = today.minusYears(age).minusDays(r.nextInt(365));
            if (estimated) {
                dob = dob.withDayOfYear(1);
            }
        }
        Integer claimedAge = dob == null ? null : r.nextInt(100) < 10 ? Integer.valueOf(today.getYear() - dob.getYear()) : null;
        String createdBy = org.caseworkers().get(r.nextInt(org.caseworkers().size()));
        Instant createdAt = start.plusSeconds((long) ((double) index / size * spanSeconds) + r.nextInt(3600));
        int s = choice.script().ordinal();
        String nationality = NATIONALITIES[s][r.nextInt(NATIONALITIES[s].length)];
        String language = LANGUAGES[s][r.nextInt(LANGUAGES[s].length)];
        // a re-registration is spelt with its own random stream: other spellings, maybe the other script
        List<GivenName> names = names(choice, duplicateOf >= 0 ? random(index, 2) : random(index, 3), duplicateOf >= 0);
        boolean child = dob != null && dob.plusYears(18).isAfter(today);
        SyntheticCase caseFile = r.nextInt(100) < 55 ? caseFile(r, org, createdBy, createdAt, child) : null;
        return new SyntheticPerson(index, org, createdBy, createdAt, choice.script(), choice.sex(), dob, estimated, claimedAge,
                nationality, language, names, duplicateOf, caseFile);
    }

    private Organisation organisation(SplittableRandom r) {
        int x = r.nextInt(totalWeight);
        for (Organisation o : organisations) {
            x -= o.weight();
            if (x < 0) {
                return o;
            }
        }
        return organisations.get(organisations.size() - 1);
    }

    private static int age(SplittableRandom r) {
        int bucket = r.nextInt(100);
        if (bucket < 25) {
            return r.nextInt(18);
        }
        return bucket < 85 ? 18 + r.nextInt(23) : 41 + r.nextInt(30);
    }

    private static Choice choice(SplittableRandom r) {
        int x = r.nextInt(100);
        Script script = Script.LAO;
        for (Script candidate : Script.values()) {
            x -= candidate.percent;
            if (x < 0) {
                script = candidate;
                break;
            }
        }
        int sx = r.nextInt(100);
        Sex sex = sx < 55 ? Sex.MALE : sx < 98 ? Sex.FEMALE : sx < 99 ? Sex.OTHER : Sex.UNKNOWN;
        Lists lists = SyntheticNames.lists(script);
        List<Group> given = sex == Sex.FEMALE || (sex != Sex.MALE && r.nextBoolean()) ? lists.female() : lists.male();
        int father = script == Script.ARABIC && r.nextInt(100) < 30 ? SyntheticNames.rank(r, lists.male().size()) : -1;
        return new Choice(script, sex, SyntheticNames.rank(r, given.size()) + (given == lists.female() ? 1000 : 0), father,
                SyntheticNames.rank(r, lists.family().size()));
    }

    /** The names as a caseworker would type them: in the person's script, maybe with the document's Latin spelling. */
    private static List<GivenName> names(Choice c, SplittableRandom r, boolean reRegistration) {
        Lists lists = SyntheticNames.lists(c.script());
        Group given = c.given() >= 1000 ? lists.female().get(c.given() - 1000) : lists.male().get(c.given());
        Group father = c.father() < 0 ? null : lists.male().get(c.father());
        Group family = lists.family().get(c.family());
        boolean feminine = c.script() == Script.CYRILLIC && c.sex() == Sex.FEMALE;
        String original = join(SyntheticNames.spelling(r, given.originals()),
                father == null ? null : SyntheticNames.spelling(r, father.originals()),
                feminineIf(feminine, SyntheticNames.spelling(r, family.originals())));
        String document = join(SyntheticNames.spelling(r, given.latin()),
                father == null ? null : SyntheticNames.spelling(r, father.latin()),
                feminineIf(feminine, SyntheticNames.spelling(r, family.latin())));
        List<GivenName> names = new ArrayList<>();
        if (c.script() == Script.LATIN) {
            names.add(new GivenName(original, ""));
        } else if (reRegistration && r.nextInt(100) < 30) {
            // registered the second time from a document in Latin script only
            names.add(new GivenName(document, ""));
        } else {
            names.add(new GivenName(original, r.nextBoolean() ? document : ""));
        }
        if (r.nextInt(100) < 8) {
            // a second name the person is known by
            names.add(new GivenName(c.script() == Script.LATIN ? document : join(SyntheticNames.spelling(r, given.latin()), null,
                    SyntheticNames.spelling(r, family.latin())), ""));
        }
        return names;
    }

    private static String feminineIf(boolean feminine, String family) {
        return feminine ? SyntheticNames.feminine(family) : family;
    }

    private static String join(String given, String father, String family) {
        return father == null ? given + " " + family : given + " " + father + " " + family;
    }

    private SyntheticCase caseFile(SplittableRandom r, Organisation org, String createdBy, Instant personCreated, boolean child) {
        Instant createdAt = personCreated.plusSeconds(60 + r.nextInt(3 * 3600));
        CaseStatus status = STATUSES[r.nextInt(STATUSES.length)];
        String assigned = r.nextInt(100) < 85 ? createdBy : org.caseworkers().get(r.nextInt(org.caseworkers().size()));
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        if (child && r.nextInt(100) < 60) {
            flags.add(CaseFlag.UNACCOMPANIED_OR_SEPARATED_CHILD);
        } else if (r.nextInt(100) < 30) {
            flags.add(CaseFlag.values()[r.nextInt(CaseFlag.values().length)]);
        }
        List<String> notes = new ArrayList<>();
        int noteCount = r.nextInt(5);
        for (int i = 0; i < noteCount; i++) {
            notes.add(NOTES[r.nextInt(NOTES.length)]);
        }
        List<LocalDate> tasks = new ArrayList<>();
        int taskCount = r.nextInt(3);
        LocalDate opened = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        for (int i = 0; i < taskCount; i++) {
            tasks.add(opened.plusDays(3 + r.nextInt(60)));
        }
        int open = status == CaseStatus.CLOSED ? 0 : r.nextInt(taskCount + 1);
        return new SyntheticCase(createdAt, status, assigned, flags, notes, tasks, open);
    }
}
