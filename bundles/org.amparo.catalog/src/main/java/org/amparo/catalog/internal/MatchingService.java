package org.amparo.catalog.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.amparo.catalog.Catalog;
import org.amparo.catalog.MatchReason;
import org.amparo.catalog.MatchReason.Effect;
import org.amparo.catalog.MatchRequest;
import org.amparo.catalog.MatchResult;
import org.amparo.catalog.MatchedPlace;
import org.amparo.catalog.MatchedService;
import org.amparo.catalog.Matching;
import org.amparo.catalog.NeedMatches;
import org.amparo.catalog.internal.MatchFacts.Place;
import org.amparo.catalog.internal.MatchFacts.Schedule;
import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Matching on the tables derived for it at import ({@link MatchingTables}). Per need: one range read
 * of {@code match_key} per area key of the person (and {@code *}, the services that state no area),
 * which gives the services in the area with all their facts; a count of the need's services; the
 * first ids of the need in id order (index only), and the facts of the page of others among them by
 * primary key.
 * The services are then weighed in memory. A service whose facts did not fit in one row is read
 * from the catalogue tables in batches of {@value #CHUNK} ids.
 */
@Component(service = Matching.class)
public final class MatchingService implements Matching {
    private static final int CHUNK = 400;
    private static final int[] BUCKETS = {8, 32, 128, CHUNK};
    private static final String ANY_AREA = "*";
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    /** Room in the maps of one match for the few hundred services it usually weighs, so that they are not grown again and again. */
    private static final int CAPACITY = 1024;
    private static final List<Effect> EFFECT_ORDER = List.of(Effect.EXCLUDES, Effect.FOR, Effect.AGAINST, Effect.UNKNOWN);
    private static final String FACTS = "service_id, name, status, minimum_age, maximum_age, organization_id, organization_name, facts";
    private static final String IN_AREA = "SELECT " + FACTS + " FROM catalog.match_key WHERE need_code = ? AND area_key = ?";
    private static final String FIRST_OF_NEED = "SELECT service_id FROM catalog.match_need WHERE need_code = ? ORDER BY service_id"
            + " FETCH FIRST ? ROWS ONLY";
    private static final String SERVICE = "SELECT " + FACTS + " FROM catalog.match_service WHERE service_id = ?";

    private final Database database;

    /** {@code catalog} is referenced so that the catalogue's schema exists before the first match. */
    @Activate
    public MatchingService(@Reference Database database, @Reference Catalog catalog) {
        this(database);
    }

    MatchingService(Database database) {
        this.database = database;
    }

    @Override
    public MatchResult match(MatchRequest request) {
        return database.inTransaction(tx -> new Run(tx, request).result());
    }

    // ---- the data read for the services weighed

    private record Service(String id, String name, String status, Integer minimumAge, Integer maximumAge, String organizationId,
            String organizationName) {
    }

    /** One match: reads what it needs in a fixed number of queries, then weighs each service. */
    private static final class Run {
        private final Transaction tx;
        private final MatchRequest request;
        private final Set<String> areaKeys = new LinkedHashSet<>();
        private final Set<String> languages = new LinkedHashSet<>();
        private final Map<String, Service> services = new HashMap<>(CAPACITY);
        private final Map<String, List<String>> areas = new HashMap<>(CAPACITY);
        private final Map<String, Set<String>> serviceLanguages = new HashMap<>(CAPACITY);
        private final Map<String, Map<String, Set<String>>> eligibility = new HashMap<>(CAPACITY);
        private final Map<String, List<Schedule>> schedules = new HashMap<>(CAPACITY);
        private final Map<String, List<String>> placeIds = new HashMap<>(CAPACITY);
        private final Map<String, Place> places = new HashMap<>(CAPACITY);
        private final ZonedDateTime now;

        Run(Transaction tx, MatchRequest request) {
            this.tx = tx;
            this.request = request;
            this.now = request.at().atZone(request.zone() == null ? ZoneOffset.UTC : request.zone());
            for (String name : request.divisionPath()) {
                areaKeys.add(key(name));
            }
            if (request.divisionId() != null) {
                areaKeys.add(key(request.divisionId()));
            }
            areaKeys.add(key(request.country()));
            areaKeys.remove("");
            for (String tag : request.languages()) {
                String primary = primary(tag);
                if (!primary.isEmpty()) {
                    languages.add(primary);
                }
            }
        }

        MatchResult result() {
            List<String> needs = request.needs().stream().map(n -> n.trim()).distinct().toList();
            List<String> keys = new ArrayList<>(areaKeys);
            keys.add(ANY_AREA);
            Map<String, Set<String>> inArea = new HashMap<>();
            Map<String, List<String>> elsewhere = new HashMap<>();
            Map<String, Long> elsewhereLeft = new HashMap<>();
            List<String> overflow = new ArrayList<>();
            for (String need : needs) {
                // every service of the need in the person's area (or stating none), with its facts: one range read per area key
                Set<String> here = new TreeSet<>();
                for (String key : keys) {
                    tx.query(IN_AREA, row -> {
                        here.add(load(row, overflow));
                        return null;
                    }, need, key);
                }
                // a page of the others, in id order, and how many are left
                long all = tx.queryLong("SELECT COUNT(*) FROM catalog.match_need WHERE need_code = ?", need);
                List<String> others = new ArrayList<>();
                if (all > here.size()) {
                    for (String id : tx.query(FIRST_OF_NEED, row -> row.getString("service_id"), need, here.size() + request.pageSize())) {
                        if (!here.contains(id) && others.size() < request.pageSize()) {
                            others.add(id);
                        }
                    }
                    for (String id : others) {
                        if (!services.containsKey(id)) {
                            tx.query(SERVICE, row -> load(row, overflow), id);
                        }
                    }
                }
                inArea.put(need, here);
                elsewhere.put(need, others);
                elsewhereLeft.put(need, Math.max(0, all - here.size() - others.size()));
            }
            if (!overflow.isEmpty()) {
                readDetails(overflow);
            }

            Map<String, MatchedService> evaluated = new HashMap<>(CAPACITY);
            List<NeedMatches> result = new ArrayList<>();
            for (String need : needs) {
                List<MatchedService> can = new ArrayList<>();
                List<MatchedService> cannotHere = new ArrayList<>();
                List<MatchedService> cannotElsewhere = new ArrayList<>();
                for (String id : inArea.get(need)) {
                    MatchedService matched = evaluated.computeIfAbsent(id, this::weigh);
                    if (matched != null) {
                        (matched.canServe() ? can : cannotHere).add(matched);
                    }
                }
                for (String id : elsewhere.get(need)) {
                    MatchedService matched = evaluated.computeIfAbsent(id, this::weigh);
                    if (matched != null) {
                        (matched.canServe() ? can : cannotElsewhere).add(matched);
                    }
                }
                can.sort(Comparator.comparingInt(MatchedService::score).reversed().thenComparing(MatchedService::name)
                        .thenComparing(MatchedService::serviceId));
                Comparator<MatchedService> byName = Comparator.comparing(MatchedService::name).thenComparing(MatchedService::serviceId);
                cannotHere.sort(byName);
                cannotElsewhere.sort(byName);
                List<MatchedService> cannot = new ArrayList<>(cannotHere);
                cannot.addAll(cannotElsewhere);
                int page = request.pageSize();
                result.add(new NeedMatches(need, Builtin.PROTECTION_CODES.contains(need) ? Builtin.labelKey(need) : "",
                        can.subList(0, Math.min(page, can.size())), Math.max(0, can.size() - page),
                        cannot.subList(0, Math.min(page, cannot.size())), Math.max(0, cannot.size() - page) + elsewhereLeft.get(need).intValue()));
            }
            return new MatchResult(result, request.at());
        }

        // ---- reads

        /** Keeps the service of {@code row} (columns of {@code match_service}) and its facts; returns its id. */
        private String load(Row row, List<String> overflow) {
            String id = row.getString("service_id");
            if (services.containsKey(id)) {
                return id;
            }
            services.put(id, new Service(id, nonNull(row.getString("name")), row.getString("status"), integer(row.getNullableLong("minimum_age")),
                    integer(row.getNullableLong("maximum_age")), row.getString("organization_id"), nonNull(row.getString("organization_name"))));
            String text = row.getString("facts");
            if (text == null) {
                overflow.add(id);
                return id;
            }
            MatchFacts facts = MatchFacts.decode(text);
            if (!facts.areas().isEmpty()) {
                areas.put(id, facts.areas());
            }
            if (!facts.languages().isEmpty()) {
                serviceLanguages.put(id, facts.languages());
            }
            if (!facts.eligibility().isEmpty()) {
                eligibility.put(id, facts.eligibility());
            }
            if (!facts.schedules().isEmpty()) {
                schedules.put(id, facts.schedules());
            }
            List<String> where = new ArrayList<>();
            for (Place place : facts.places()) {
                where.add(place.id());
                places.put(place.id(), place);
            }
            if (!where.isEmpty()) {
                placeIds.put(id, where);
            }
            return id;
        }

        /**
         * Reads {@code ids} from the catalogue tables, in batches: only for the rare service whose facts
         * were too long for {@code match_service}. Gives what {@link MatchingTables} derives.
         */
        private void readDetails(List<String> ids) {
            in("""
                    SELECT s.id, s.name, s.status, s.minimum_age, s.maximum_age, s.organization_id, o.name AS organization_name
                    FROM catalog.service s LEFT JOIN catalog.organization o ON o.id = s.organization_id WHERE s.id IN (%s)""", ids, row -> {
                services.put(row.getString("id"), new Service(row.getString("id"), nonNull(row.getString("name")), row.getString("status"),
                        integer(row.getNullableLong("minimum_age")), integer(row.getNullableLong("maximum_age")),
                        row.getString("organization_id"), nonNull(row.getString("organization_name"))));
                return null;
            });
            in("SELECT service_id, name FROM catalog.service_area WHERE service_id IN (%s) ORDER BY name", ids, row -> {
                if (row.getString("name") != null && !row.getString("name").isBlank()) {
                    areas.computeIfAbsent(row.getString("service_id"), s -> new ArrayList<>()).add(row.getString("name").trim());
                }
                return null;
            });
            in("SELECT service_id, code FROM catalog.language WHERE service_id IN (%s)", ids, row -> {
                addLanguage(serviceLanguages, row.getString("service_id"), row.getString("code"));
                return null;
            });
            in("SELECT service_id, kind, accepted FROM catalog.eligibility WHERE service_id IN (%s)", ids, row -> {
                eligibility.computeIfAbsent(row.getString("service_id"), s -> new LinkedHashMap<>())
                        .computeIfAbsent(row.getString("kind"), k -> new TreeSet<>()).add(row.getString("accepted"));
                return null;
            });
            String scheduleColumns = "freq, byday, opens_at, closes_at, valid_from, valid_to";
            in("SELECT service_id, " + scheduleColumns + " FROM catalog.schedule WHERE service_id IN (%s)", ids, row -> {
                schedules.computeIfAbsent(row.getString("service_id"), s -> new ArrayList<>()).add(schedule(row));
                return null;
            });
            Map<String, String> serviceOfSal = new HashMap<>();
            in("SELECT id, service_id, location_id FROM catalog.service_at_location WHERE service_id IN (%s) ORDER BY id", ids, row -> {
                serviceOfSal.put(row.getString("id"), row.getString("service_id"));
                if (row.getString("location_id") != null) {
                    List<String> list = placeIds.computeIfAbsent(row.getString("service_id"), s -> new ArrayList<>());
                    if (!list.contains(row.getString("location_id"))) {
                        list.add(row.getString("location_id"));
                    }
                }
                return null;
            });
            if (!serviceOfSal.isEmpty()) {
                in("SELECT service_at_location_id, service_id, " + scheduleColumns
                        + " FROM catalog.schedule WHERE service_at_location_id IN (%s)", new ArrayList<>(serviceOfSal.keySet()), row -> {
                            if (row.getString("service_id") == null) {
                                schedules.computeIfAbsent(serviceOfSal.get(row.getString("service_at_location_id")), s -> new ArrayList<>())
                                        .add(schedule(row));
                            }
                            return null;
                        });
            }
            List<String> locationIds = placeIds.values().stream().flatMap(List::stream).distinct().toList();
            if (locationIds.isEmpty()) {
                return;
            }
            Map<String, Boolean> confidential = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            in("SELECT id, name, confidential FROM catalog.location WHERE id IN (%s)", locationIds, row -> {
                confidential.put(row.getString("id"), row.getBoolean("confidential"));
                names.put(row.getString("id"), nonNull(row.getString("name")));
                return null;
            });
            Map<String, List<String>> localities = new HashMap<>();
            Map<String, String> addresses = new HashMap<>();
            in("SELECT location_id, city, state_province, fields FROM catalog.address WHERE location_id IN (%s) ORDER BY id", locationIds,
                    row -> {
                        String location = row.getString("location_id");
                        if (Boolean.FALSE.equals(confidential.get(location))) {
                            List<String> keys = localities.computeIfAbsent(location, l -> new ArrayList<>());
                            for (String column : List.of("city", "state_province")) {
                                if (row.getString(column) != null) {
                                    keys.add(row.getString(column));
                                }
                            }
                            addresses.putIfAbsent(location, addressLine(Store.parse(row.getString("fields"))));
                        }
                        return null;
                    });
            Map<String, Set<String>> locationLanguages = new HashMap<>();
            in("SELECT location_id, code FROM catalog.language WHERE location_id IN (%s)", locationIds, row -> {
                addLanguage(locationLanguages, row.getString("location_id"), row.getString("code"));
                return null;
            });
            for (String id : locationIds) {
                if (names.containsKey(id)) {
                    boolean secret = !Boolean.FALSE.equals(confidential.get(id));
                    places.put(id, new Place(id, names.get(id), secret, localities.getOrDefault(id, List.of()),
                            secret ? "" : addresses.getOrDefault(id, "")));
                }
            }
            placeIds.forEach((service, locations) -> locations.forEach(location -> locationLanguages.getOrDefault(location, Set.of())
                    .forEach(code -> serviceLanguages.computeIfAbsent(service, s -> new TreeSet<>()).add(code))));
        }

        private <T> void in(String sql, List<String> ids, Function<Row, T> mapper) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Object> chunk = padded(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                tx.query(String.format(sql, marks(chunk.size())), mapper::apply, chunk.toArray());
            }
        }

        private static Schedule schedule(Row row) {
            return new Schedule(row.getString("freq"), row.getString("byday"), row.getString("opens_at"), row.getString("closes_at"),
                    row.getString("valid_from"), row.getString("valid_to"));
        }

        private static void addLanguage(Map<String, Set<String>> into, String owner, String code) {
            String primary = primary(code);
            if (owner != null && !primary.isEmpty()) {
                into.computeIfAbsent(owner, s -> new TreeSet<>()).add(primary);
            }
        }

        // ---- weighing

        /** The service weighed for this person, null when it is not in the catalogue (an attribute of something else). */
        private MatchedService weigh(String id) {
            Service service = services.get(id);
            if (service == null) {
                return null;
            }
            List<MatchReason> reasons = new ArrayList<>();
            int score = 10;
            if (service.status() != null && !"active".equals(service.status())) {
                reasons.add(reason("catalog.match.inactive", Effect.EXCLUDES, service.status()));
            }
            List<Place> where = placeIds.getOrDefault(id, List.of()).stream().map(places::get).filter(p -> p != null).toList();
            score += area(id, where, reasons);
            score += language(id, reasons);
            score += age(service, reasons);
            score += conditions(id, reasons);
            score += hours(id, reasons);
            List<MatchedPlace> matchedPlaces = new ArrayList<>();
            for (Place place : where) {
                matchedPlaces.add(place.confidential() ? new MatchedPlace(place.id(), place.name(), "", true, "catalog.match.confidentialLocation")
                        : new MatchedPlace(place.id(), place.name(), place.address(), false, ""));
            }
            boolean canServe = reasons.stream().noneMatch(r -> r.effect() == Effect.EXCLUDES);
            List<MatchReason> ordered = new ArrayList<>(reasons);
            ordered.sort(Comparator.comparingInt(r -> EFFECT_ORDER.indexOf(r.effect())));
            return new MatchedService(id, service.name(), service.organizationId(), service.organizationName(),
                    canServe ? Math.max(1, score) : 0, canServe, ordered, matchedPlaces);
        }

        private int area(String id, List<Place> where, List<MatchReason> reasons) {
            List<String> served = areas.getOrDefault(id, List.of());
            if (!served.isEmpty()) {
                for (String area : served) {
                    if (areaKeys.contains(key(area))) {
                        reasons.add(reason("catalog.match.servesArea", Effect.FOR, area));
                        return 40;
                    }
                }
                reasons.add(reason("catalog.match.notInArea", Effect.EXCLUDES, String.join("; ", served.subList(0, Math.min(3, served.size())))));
                return 0;
            }
            for (Place place : where) {
                for (String locality : place.localityKeys()) {
                    if (areaKeys.contains(key(locality))) {
                        reasons.add(reason("catalog.match.locatedInArea", Effect.FOR, locality));
                        return 30;
                    }
                }
            }
            reasons.add(reason("catalog.match.areaNotStated", Effect.UNKNOWN));
            return 0;
        }

        private int language(String id, List<MatchReason> reasons) {
            Set<String> spoken = serviceLanguages.getOrDefault(id, Set.of());
            if (spoken.isEmpty()) {
                reasons.add(reason("catalog.match.languageNotStated", Effect.UNKNOWN));
                return 0;
            }
            if (languages.isEmpty()) {
                reasons.add(reason("catalog.match.personLanguageUnknown", Effect.UNKNOWN, String.join(", ", spoken)));
                return 0;
            }
            for (String language : languages) {
                if (spoken.contains(language)) {
                    reasons.add(reason("catalog.match.language", Effect.FOR, language));
                    return 25;
                }
            }
            reasons.add(reason("catalog.match.noCommonLanguage", Effect.EXCLUDES, String.join(", ", spoken), String.join(", ", languages)));
            return 0;
        }

        private int age(Service service, List<MatchReason> reasons) {
            Integer min = service.minimumAge();
            Integer max = service.maximumAge();
            if (min == null && max == null) {
                return 0;
            }
            String range = max == null ? min + "+" : (min == null ? 0 : min) + "–" + max;
            Integer age = request.age();
            if (age == null) {
                reasons.add(reason("catalog.match.ageUnknown", Effect.UNKNOWN, range));
                return 0;
            }
            if ((min == null || age >= min) && (max == null || age <= max)) {
                reasons.add(reason("catalog.match.ageWithin", Effect.FOR, age.toString(), range));
                return 10;
            }
            reasons.add(reason(request.ageInDoubt() ? "catalog.match.ageInDoubt" : "catalog.match.ageOutside",
                    request.ageInDoubt() ? Effect.UNKNOWN : Effect.EXCLUDES, age.toString(), range));
            return 0;
        }

        private int conditions(String id, List<MatchReason> reasons) {
            int score = 0;
            for (Map.Entry<String, Set<String>> condition : eligibility.getOrDefault(id, Map.of()).entrySet()) {
                String kind = condition.getKey();
                String value = switch (kind) {
                    case "sex" -> request.sex();
                    case "nationality" -> request.nationality();
                    case "status" -> request.legalStatus();
                    default -> null;
                };
                if (!List.of("sex", "nationality", "status").contains(kind)) {
                    continue;
                }
                String accepted = String.join(", ", condition.getValue());
                if (value == null || value.isBlank()) {
                    reasons.add(reason("catalog.match." + kind + "Unknown", Effect.UNKNOWN, accepted));
                } else if (condition.getValue().stream().anyMatch(v -> v.equalsIgnoreCase(value.trim()))) {
                    reasons.add(reason("catalog.match." + kind + "Eligible", Effect.FOR, value.trim()));
                    score += 10;
                } else {
                    reasons.add(reason("catalog.match." + kind + "NotEligible", Effect.EXCLUDES, value.trim(), accepted));
                }
            }
            return score;
        }

        private int hours(String id, List<MatchReason> reasons) {
            List<Schedule> list = schedules.getOrDefault(id, List.of());
            if (list.isEmpty()) {
                reasons.add(reason("catalog.match.hoursNotGiven", Effect.UNKNOWN));
                return 0;
            }
            boolean readable = false;
            for (Schedule schedule : list) {
                Boolean open = openAt(schedule, now);
                if (open == null) {
                    continue;
                }
                readable = true;
                if (open) {
                    reasons.add(reason("catalog.match.openNow", Effect.FOR, schedule.closesAt().substring(0, 5)));
                    return 15;
                }
            }
            reasons.add(readable ? reason("catalog.match.closedNow", Effect.AGAINST) : reason("catalog.match.hoursKnown", Effect.UNKNOWN));
            return readable ? -5 : 2;
        }

        /** Whether {@code schedule} is open at {@code now}; null when it cannot be read (a monthly rule, no hours). */
        private static Boolean openAt(Schedule schedule, ZonedDateTime now) {
            String freq = schedule.freq() == null ? "" : schedule.freq().trim().toUpperCase(Locale.ROOT);
            if (!(freq.isEmpty() || freq.equals("WEEKLY") || freq.equals("DAILY")) || schedule.opensAt() == null
                    || schedule.closesAt() == null || schedule.closesAt().length() < 5) {
                return null;
            }
            try {
                LocalTime opens = LocalTime.parse(schedule.opensAt().trim());
                LocalTime closes = LocalTime.parse(schedule.closesAt().trim());
                LocalDate today = now.toLocalDate();
                if (schedule.validFrom() != null && today.isBefore(LocalDate.parse(schedule.validFrom().substring(0, 10)))
                        || schedule.validTo() != null && today.isAfter(LocalDate.parse(schedule.validTo().substring(0, 10)))) {
                    return false;
                }
                if (freq.equals("WEEKLY") && schedule.byday() != null && !schedule.byday().isBlank()) {
                    String day = DAYS[now.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
                    boolean listed = false;
                    for (String item : schedule.byday().split(",")) {
                        listed |= item.trim().toUpperCase(Locale.ROOT).endsWith(day);
                    }
                    if (!listed) {
                        return false;
                    }
                }
                LocalTime time = now.toLocalTime();
                return !time.isBefore(opens) && time.isBefore(closes);
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                return null;
            }
        }
    }

    // ---- helpers

    private static MatchReason reason(String key, Effect effect, String... arguments) {
        return new MatchReason(key, List.of(arguments), effect);
    }

    static String key(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static String primary(String tag) {
        return MatchingTables.primary(tag);
    }

    /**
     * {@code values} repeated at the end up to 8, 32, 128 or {@value #CHUNK} values, so that an IN list
     * has one of four lengths and its statement is compiled once and then found in Derby's cache.
     */
    static List<Object> padded(List<?> values) {
        int target = values.size();
        for (int bucket : BUCKETS) {
            if (values.size() <= bucket) {
                target = bucket;
                break;
            }
        }
        List<Object> out = new ArrayList<>(values);
        while (!values.isEmpty() && out.size() < target) {
            out.add(values.get(values.size() - 1));
        }
        return out;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static Integer integer(Long value) {
        return value == null ? null : Integer.valueOf(value.intValue());
    }

    private static String addressLine(Map<String, Object> fields) {
        return MatchingTables.addressLine(fields);
    }
}
