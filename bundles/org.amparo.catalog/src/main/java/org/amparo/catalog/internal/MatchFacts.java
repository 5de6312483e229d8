package org.amparo.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What matching weighs of one service beyond its own columns, as stored in one
 * {@code catalog.match_service.facts} value: the names of the areas it serves (in name order), the
 * primary languages of the service and of its places, its eligibility conditions, its schedules
 * (its own first, then those of its service-at-locations) and its places (confidential ones without
 * localities or address).
 *
 * <p>The text is a sequence of groups, each of records, each of fields; every field ends with
 * {@value #FS}, every record with {@value #RS}, every group with {@value #GS} (written as escapes
 * below), so that empty lists, empty strings and nulls are told apart. A backslash escapes these
 * three, itself, NUL and null.
 */
record MatchFacts(List<String> areas, Set<String> languages, Map<String, Set<String>> eligibility, List<Schedule> schedules,
        List<Place> places) {

    /** A schedule row: weighed against the moment of the match. */
    record Schedule(String freq, String byday, String opensAt, String closesAt, String validFrom, String validTo) {
    }

    /** A place where the service is offered; a confidential one has neither localities nor address. */
    record Place(String id, String name, boolean confidential, List<String> localityKeys, String address) {
    }

    private static final char FS = '\u001F';
    private static final char RS = '\u001E';
    private static final char GS = '\u001D';
    private static final char ESCAPE = '\\';

    String encode() {
        StringBuilder out = new StringBuilder(256);
        record(out, areas);
        out.append(GS);
        record(out, new ArrayList<>(languages));
        out.append(GS);
        eligibility.forEach((kind, values) -> {
            List<String> fields = new ArrayList<>();
            fields.add(kind);
            fields.addAll(values);
            record(out, fields);
        });
        out.append(GS);
        for (Schedule s : schedules) {
            record(out, java.util.Arrays.asList(s.freq(), s.byday(), s.opensAt(), s.closesAt(), s.validFrom(), s.validTo()));
        }
        out.append(GS);
        for (Place p : places) {
            List<String> fields = new ArrayList<>(java.util.Arrays.asList(p.id(), p.name(), p.confidential() ? "1" : "0", p.address()));
            fields.addAll(p.localityKeys());
            record(out, fields);
        }
        out.append(GS);
        return out.toString();
    }

    static MatchFacts decode(String text) {
        List<List<List<String>>> groups = groups(text);
        if (groups.size() != 5) {
            throw new IllegalStateException("stored match facts have " + groups.size() + " groups");
        }
        List<String> areas = groups.get(0).isEmpty() ? List.of() : groups.get(0).get(0);
        Set<String> languages = new TreeSet<>(groups.get(1).isEmpty() ? List.of() : groups.get(1).get(0));
        Map<String, Set<String>> eligibility = new LinkedHashMap<>();
        for (List<String> r : groups.get(2)) {
            eligibility.put(r.get(0), new TreeSet<>(r.subList(1, r.size())));
        }
        List<Schedule> schedules = new ArrayList<>();
        for (List<String> r : groups.get(3)) {
            schedules.add(new Schedule(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
        }
        List<Place> places = new ArrayList<>();
        for (List<String> r : groups.get(4)) {
            places.add(new Place(r.get(0), r.get(1), "1".equals(r.get(2)), List.copyOf(r.subList(4, r.size())), r.get(3)));
        }
        return new MatchFacts(areas, languages, eligibility, schedules, places);
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (String field : fields) {
            if (field == null) {
                out.append(ESCAPE).append('n');
            } else {
                for (int i = 0; i < field.length(); i++) {
                    char c = field.charAt(i);
                    switch (c) {
                        case ESCAPE -> out.append(ESCAPE).append('b');
                        case FS -> out.append(ESCAPE).append('f');
                        case RS -> out.append(ESCAPE).append('r');
                        case GS -> out.append(ESCAPE).append('g');
                        case '\u0000' -> out.append(ESCAPE).append('z');
                        default -> out.append(c);
                    }
                }
            }
            out.append(FS);
        }
        out.append(RS);
    }

    private static List<List<List<String>>> groups(String text) {
        List<List<List<String>>> groups = new ArrayList<>(5);
        List<List<String>> records = new ArrayList<>(2);
        List<String> fields = new ArrayList<>(6);
        StringBuilder field = null;
        boolean isNull = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ESCAPE && c != FS && c != RS && c != GS) {
                continue;
            }
            if (c == ESCAPE) {
                // a field with escapes is built up; the others are cut out of the text in one piece
                if (field == null) {
                    field = new StringBuilder();
                }
                field.append(text, start, i);
                char e = text.charAt(++i);
                switch (e) {
                    case 'b' -> field.append(ESCAPE);
                    case 'f' -> field.append(FS);
                    case 'r' -> field.append(RS);
                    case 'g' -> field.append(GS);
                    case 'z' -> field.append('\u0000');
                    case 'n' -> isNull = true;
                    default -> throw new IllegalStateException("stored match facts have an unknown escape");
                }
                start = i + 1;
            } else if (c == FS) {
                fields.add(isNull ? null : field == null ? text.substring(start, i) : field.append(text, start, i).toString());
                field = null;
                isNull = false;
                start = i + 1;
            } else if (c == RS) {
                records.add(fields);
                fields = new ArrayList<>(6);
                start = i + 1;
            } else {
                groups.add(records);
                records = new ArrayList<>(2);
                start = i + 1;
            }
        }
        return groups;
    }
}
