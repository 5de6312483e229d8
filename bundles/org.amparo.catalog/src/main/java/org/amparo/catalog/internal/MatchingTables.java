package org.amparo.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.persistence.Transaction;

/**
 * The tables matching reads, derived from the catalogue at the end of every import (after
 * confidentiality and the area keys): {@code match_service} holds per service, in one row, its
 * columns and {@link MatchFacts}; {@code match_need} the services of each need code (a protection
 * term's code and each of its parent codes, so that a need finds its sub-terms); {@code match_key}
 * the same per area key, each with a copy of the service's row. They are rebuilt whole, so an
 * update, a re-import or a removal is never half reflected.
 */
final class MatchingTables {
    /** The longest facts value stored; a service whose facts are longer is read from the catalogue tables at match time. */
    static final int MAX_FACTS = 32000;

    private MatchingTables() {
    }

    private static final class Builder {
        final String id;
        final Object[] columns;
        final List<String> areas = new ArrayList<>();
        final Set<String> languages = new TreeSet<>();
        final Map<String, Set<String>> eligibility = new LinkedHashMap<>();
        final List<MatchFacts.Schedule> own = new ArrayList<>();
        final List<MatchFacts.Schedule> atLocations = new ArrayList<>();
        final List<String> locations = new ArrayList<>();
        final Set<String> needs = new LinkedHashSet<>();
        final List<String> areaKeys = new ArrayList<>();

        Builder(String id, Object[] columns) {
            this.id = id;
            this.columns = columns;
        }
    }

    private record Location(String name, boolean confidential) {
    }

    /** Rebuilds the three tables from the catalogue in {@code tx}. */
    static void rebuild(Transaction tx) {
        tx.update("DELETE FROM catalog.match_key");
        tx.update("DELETE FROM catalog.match_need");
        tx.update("DELETE FROM catalog.match_service");
        Map<String, Builder> services = new LinkedHashMap<>();
        tx.query("""
                SELECT s.id, s.name, s.status, s.minimum_age, s.maximum_age, s.organization_id, o.name AS organization_name
                FROM catalog.service s LEFT JOIN catalog.organization o ON o.id = s.organization_id""", row -> services.put(row.getString("id"),
                new Builder(row.getString("id"), new Object[] {row.getString("name"), row.getString("status"), integer(row.getNullableLong(
                        "minimum_age")), integer(row.getNullableLong("maximum_age")), row.getString("organization_id"), row.getString(
                                "organization_name")})));
        if (services.isEmpty()) {
            return;
        }
        tx.query("SELECT service_id, name FROM catalog.service_area WHERE service_id IS NOT NULL ORDER BY service_id, name", row -> {
            Builder b = services.get(row.getString("service_id"));
            String name = row.getString("name");
            if (b != null && name != null && !name.isBlank()) {
                b.areas.add(name.trim());
            }
            return null;
        });
        Map<String, Set<String>> locationLanguages = new HashMap<>();
        tx.query("SELECT service_id, location_id, code FROM catalog.language", row -> {
            String primary = primary(row.getString("code"));
            if (!primary.isEmpty()) {
                Builder b = row.getString("service_id") == null ? null : services.get(row.getString("service_id"));
                if (b != null) {
                    b.languages.add(primary);
                }
                if (row.getString("location_id") != null) {
                    locationLanguages.computeIfAbsent(row.getString("location_id"), l -> new TreeSet<>()).add(primary);
                }
            }
            return null;
        });
        tx.query("SELECT service_id, kind, accepted FROM catalog.eligibility ORDER BY service_id, kind, accepted", row -> {
            Builder b = services.get(row.getString("service_id"));
            if (b != null) {
                b.eligibility.computeIfAbsent(row.getString("kind"), k -> new TreeSet<>()).add(row.getString("accepted"));
            }
            return null;
        });
        Map<String, Builder> serviceOfSal = new HashMap<>();
        tx.query("SELECT id, service_id, location_id FROM catalog.service_at_location ORDER BY id", row -> {
            Builder b = row.getString("service_id") == null ? null : services.get(row.getString("service_id"));
            if (b != null) {
                serviceOfSal.put(row.getString("id"), b);
                String location = row.getString("location_id");
                if (location != null && !b.locations.contains(location)) {
                    b.locations.add(location);
                }
            }
            return null;
        });
        tx.query("""
                SELECT service_id, service_at_location_id, freq, byday, opens_at, closes_at, valid_from, valid_to
                FROM catalog.schedule ORDER BY id""", row -> {
            MatchFacts.Schedule schedule = new MatchFacts.Schedule(row.getString("freq"), row.getString("byday"), row.getString("opens_at"),
                    row.getString("closes_at"), row.getString("valid_from"), row.getString("valid_to"));
            if (row.getString("service_id") != null) {
                Builder b = services.get(row.getString("service_id"));
                if (b != null) {
                    b.own.add(schedule);
                }
            } else if (row.getString("service_at_location_id") != null) {
                Builder b = serviceOfSal.get(row.getString("service_at_location_id"));
                if (b != null) {
                    b.atLocations.add(schedule);
                }
            }
            return null;
        });
        Map<String, Location> locations = new HashMap<>();
        tx.query("SELECT id, name, confidential FROM catalog.location", row -> locations.put(row.getString("id"),
                new Location(row.getString("name") == null ? "" : row.getString("name"), row.getBoolean("confidential"))));
        Map<String, List<String>> localities = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        tx.query("SELECT location_id, city, state_province, fields FROM catalog.address WHERE location_id IS NOT NULL ORDER BY id", row -> {
            String location = row.getString("location_id");
            Location known = locations.get(location);
            if (known != null && !known.confidential()) {
                List<String> keys = localities.computeIfAbsent(location, l -> new ArrayList<>());
                for (String column : List.of("city", "state_province")) {
                    if (row.getString(column) != null) {
                        keys.add(row.getString(column));
                    }
                }
                if (!addresses.containsKey(location)) {
                    addresses.put(location, addressLine(Store.parse(row.getString("fields"))));
                }
            }
            return null;
        });
        tx.query("""
                SELECT DISTINCT a.link_id, t.code FROM catalog.attribute a JOIN catalog.taxonomy_term t ON t.id = a.taxonomy_term_id
                WHERE t.taxonomy_id = ? AND t.code IS NOT NULL""", row -> {
            Builder b = services.get(row.getString("link_id"));
            if (b != null) {
                b.needs.addAll(needCodes(row.getString("code")));
            }
            return null;
        }, Builtin.PROTECTION_TAXONOMY_ID);
        tx.query("SELECT service_id, area_key FROM catalog.service_area_key", row -> {
            Builder b = services.get(row.getString("service_id"));
            if (b != null && !b.areaKeys.contains(row.getString("area_key"))) {
                b.areaKeys.add(row.getString("area_key"));
            }
            return null;
        });

        List<Object[]> serviceRows = new ArrayList<>();
        List<Object[]> needRows = new ArrayList<>();
        List<Object[]> keyRows = new ArrayList<>();
        for (Builder b : services.values()) {
            List<MatchFacts.Place> places = new ArrayList<>();
            for (String id : b.locations) {
                Location location = locations.get(id);
                if (location != null) {
                    places.add(location.confidential() ? new MatchFacts.Place(id, location.name(), true, List.of(), "")
                            : new MatchFacts.Place(id, location.name(), false, localities.getOrDefault(id, List.of()),
                                    addresses.getOrDefault(id, "")));
                }
                b.languages.addAll(locationLanguages.getOrDefault(id, Set.of()));
            }
            List<MatchFacts.Schedule> schedules = new ArrayList<>(b.own);
            schedules.addAll(b.atLocations);
            String facts = new MatchFacts(b.areas, b.languages, b.eligibility, schedules, places).encode();
            Object[] row = new Object[b.columns.length + 2];
            System.arraycopy(b.columns, 0, row, 0, b.columns.length);
            row[b.columns.length] = facts.length() <= MAX_FACTS ? facts : null;
            row[b.columns.length + 1] = b.id;
            serviceRows.add(row);
            for (String need : b.needs) {
                needRows.add(new Object[] {need, b.id});
                for (String key : b.areaKeys) {
                    Object[] keyRow = new Object[3 + row.length - 1];
                    keyRow[0] = need;
                    keyRow[1] = key;
                    keyRow[2] = b.id;
                    System.arraycopy(row, 0, keyRow, 3, row.length - 1);
                    keyRows.add(keyRow);
                }
            }
        }
        // in key order, so that the rows of one range read lie together
        Comparator<Object[]> byKey = Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[1])
                .thenComparing(r -> (String) r[2]);
        keyRows.sort(byKey);
        tx.batch("""
                INSERT INTO catalog.match_service (name, status, minimum_age, maximum_age, organization_id, organization_name, facts, service_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", serviceRows);
        if (!needRows.isEmpty()) {
            tx.batch("INSERT INTO catalog.match_need (need_code, service_id) VALUES (?, ?)", needRows);
        }
        if (!keyRows.isEmpty()) {
            tx.batch("""
                    INSERT INTO catalog.match_key (need_code, area_key, service_id, name, status, minimum_age, maximum_age, organization_id,
                    organization_name, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", keyRows);
        }
    }

    /** Rebuilds the tables when the catalogue holds services and they are empty (a catalogue imported before they existed). */
    static void ensure(Transaction tx) {
        if (tx.queryLong("SELECT COUNT(*) FROM catalog.match_service") == 0 && tx.queryLong("SELECT COUNT(*) FROM catalog.service") > 0) {
            rebuild(tx);
        }
    }

    /**
     * The need codes a term's code answers: the code itself and every part of it before a dot, as
     * {@code code = need OR code LIKE need || '.%'} would find it; none longer than the column.
     */
    static List<String> needCodes(String code) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '.') {
                codes.add(code.substring(0, i));
            }
        }
        codes.add(code);
        return codes.stream().filter(c -> c.length() <= 200).toList();
    }

    static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        String trimmed = tag.trim().toLowerCase(Locale.ROOT);
        int dash = trimmed.indexOf('-') >= 0 ? trimmed.indexOf('-') : trimmed.indexOf('_');
        return dash >= 0 ? trimmed.substring(0, dash) : trimmed;
    }

    static String addressLine(Map<String, Object> fields) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("address_1", "address_2", "city", "state_province", "postal_code", "country")) {
            Object value = fields.get(field);
            if (value != null && !value.toString().isBlank()) {
                parts.add(value.toString().trim());
            }
        }
        return String.join(", ", parts);
    }

    private static Integer integer(Long value) {
        return value == null ? null : Integer.valueOf(value.intValue());
    }
}
