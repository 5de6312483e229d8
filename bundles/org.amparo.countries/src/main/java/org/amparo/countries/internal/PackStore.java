package org.amparo.countries.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;

import org.amparo.countries.Confidence;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.amparo.datafile.JsonNode;

/**
 * What the platform keeps of country packs (schema {@code countries}): the stored revision of each
 * pack, its divisions (withdrawn, never deleted), and the screening additions of every revision —
 * the whole {@code screening.json}, each question, and the texts of every key the additions use.
 * Every change is one transaction.
 */
final class PackStore {
    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';
    private static final String DIVISION_COLUMNS = "country, id, parent_id, level_no, name, other_names, ancestors, withdrawn";

    /** The stored row of a pack. */
    record StoredPack(String code, String symbolicName, String version, String revision, boolean active, Instant changedAt) {
    }

    private final Database database;

    PackStore(Database database) {
        this.database = database;
        database.migrate("countries", PackStore.class);
    }

    List<StoredPack> packs() {
        return database.inTransaction(tx -> tx.query("SELECT * FROM countries.pack ORDER BY code", PackStore::pack));
    }

    Optional<StoredPack> pack(String code) {
        return database.inTransaction(tx -> tx.queryOne("SELECT * FROM countries.pack WHERE code = ?", PackStore::pack, code));
    }

    private static StoredPack pack(Row row) {
        return new StoredPack(row.getString("code"), row.getString("symbolic_name"), row.getString("version"),
                row.getString("revision"), row.getBoolean("active"), row.getInstant("changed_at"));
    }

    /** Stores a new revision: divisions replaced (the missing ones withdrawn), screening additions and texts added. */
    void store(PackParser.Result result, String symbolicName, Instant now) {
        String code = result.code();
        String revision = result.revision();
        database.run(tx -> {
            upsertPack(tx, code, symbolicName, result.country().version(), revision, now);
            storeDivisions(tx, code, revision, result.divisions());
            storeScreening(tx, result);
        });
    }

    /**
     * Marks a pack active again with the revision already stored (a restart, or the same content
     * reinstalled), adding what an earlier version of the platform did not keep of it.
     */
    void reactivate(PackParser.Result result, String symbolicName, Instant now) {
        String code = result.code();
        String revision = result.revision();
        database.run(tx -> {
            upsertPack(tx, code, symbolicName, result.country().version(), revision, now);
            tx.update("UPDATE countries.division SET withdrawn = ? WHERE country = ? AND revision = ?", false, code, revision);
            storeScreening(tx, result);
        });
    }

    /** The questions, the whole screening file and the texts of a revision; what is already stored stays as it is. */
    private static void storeScreening(Transaction tx, PackParser.Result result) {
        String code = result.code();
        String revision = result.revision();
        List<NationalQuestion> questions = result.country().questions();
        for (int i = 0; i < questions.size(); i++) {
            NationalQuestion question = questions.get(i);
            if (tx.queryLong("SELECT COUNT(*) FROM countries.question WHERE country = ? AND revision = ? AND question_id = ?",
                    code, revision, question.id()) == 0) {
                tx.update("INSERT INTO countries.question (country, revision, question_id, definition, ordinal_no) "
                        + "VALUES (?, ?, ?, ?, ?)", code, revision, question.id(), write(question), i);
            }
        }
        if (result.screening() != null && tx.queryLong("SELECT COUNT(*) FROM countries.screening WHERE country = ? "
                + "AND revision = ?", code, revision) == 0) {
            tx.update("INSERT INTO countries.screening (country, revision, definition) VALUES (?, ?, ?)", code, revision,
                    result.screening().getBytes(StandardCharsets.UTF_8));
        }
        Set<String> keys = new LinkedHashSet<>(result.screeningKeys());
        keys.addAll(keys(questions));
        result.texts().forEach((language, texts) -> addTexts(tx, code, revision, language, texts, keys));
    }

    /** The pack left: its content is no longer current, but nothing is deleted. */
    void withdraw(String code, Instant now) {
        database.run(tx -> {
            tx.update("UPDATE countries.pack SET active = ?, changed_at = ? WHERE code = ?", false, now, code);
            tx.update("UPDATE countries.division SET withdrawn = ? WHERE country = ?", true, code);
        });
    }

    /**
     * Adds a language bundle's texts for the screening additions of {@code revision}: the keys that
     * revision stored an English text for, and those of its questions.
     */
    void addTexts(String code, String revision, String language, Map<String, String> texts) {
        database.run(tx -> {
            Set<String> keys = new LinkedHashSet<>(keys(tx.query(
                    "SELECT definition FROM countries.question WHERE country = ? AND revision = ?",
                    row -> read(row.getString("definition")), code, revision)));
            keys.addAll(tx.query("SELECT text_key FROM countries.question_text WHERE country = ? AND revision = ? AND language = ?",
                    row -> row.getString("text_key"), code, revision, "en"));
            addTexts(tx, code, revision, language, texts, keys);
        });
    }

    private static Set<String> keys(List<NationalQuestion> questions) {
        Set<String> keys = new LinkedHashSet<>();
        for (NationalQuestion q : questions) {
            keys.add(q.textKey());
            if (q.helpKey() != null) {
                keys.add(q.helpKey());
            }
            q.options().forEach(o -> keys.add(o.labelKey()));
            if (q.evidence().noteKey() != null) {
                keys.add(q.evidence().noteKey());
            }
        }
        return keys;
    }

    private static void addTexts(Transaction tx, String code, String revision, String language, Map<String, String> texts,
            Set<String> keys) {
        for (String key : keys) {
            String text = texts.get(key);
            if (text != null && tx.queryLong("SELECT COUNT(*) FROM countries.question_text WHERE country = ? AND revision = ? "
                    + "AND language = ? AND text_key = ?", code, revision, language, key) == 0) {
                tx.update("INSERT INTO countries.question_text (country, revision, language, text_key, content) VALUES (?, ?, ?, ?, ?)",
                        code, revision, language, key, text);
            }
        }
    }

    private static void upsertPack(Transaction tx, String code, String symbolicName, String version, String revision, Instant now) {
        int updated = tx.update("UPDATE countries.pack SET symbolic_name = ?, version = ?, revision = ?, active = ?, changed_at = ? "
                + "WHERE code = ?", symbolicName, version, revision, true, now, code);
        if (updated == 0) {
            tx.update("INSERT INTO countries.pack (code, symbolic_name, version, revision, active, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    code, symbolicName, version, revision, true, now);
        }
    }

    private static void storeDivisions(Transaction tx, String code, String revision, List<PackParser.DivisionRow> rows) {
        Set<String> existing = new HashSet<>(tx.query("SELECT id FROM countries.division WHERE country = ?",
                row -> row.getString("id"), code));
        tx.update("UPDATE countries.division SET withdrawn = ? WHERE country = ?", true, code);
        Map<String, PackParser.DivisionRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (PackParser.DivisionRow row : rows) {
            List<String> ancestors = new ArrayList<>();
            for (PackParser.DivisionRow up = byId.get(row.parentId()); up != null && ancestors.size() < 20; up = byId.get(up.parentId())) {
                ancestors.add(0, up.name());
            }
            StringBuilder search = new StringBuilder(" ").append(Search.fold(row.name()));
            row.names().values().forEach(n -> search.append(' ').append(Search.fold(n)));
            search.append(' ');
            String names = encode(row.names());
            String path = String.join(String.valueOf(UNIT), ancestors);
            String searchText = truncate(search.toString(), 4000);
            if (existing.contains(row.id())) {
                updates.add(new Object[] {row.parentId(), row.level(), row.name(), names, path, searchText, revision, false, code, row.id()});
            } else {
                inserts.add(new Object[] {code, row.id(), row.parentId(), row.level(), row.name(), names, path, searchText, revision, false});
            }
        }
        tx.update("DELETE FROM countries.division_word WHERE country = ?", code);
        List<Object[]> words = new ArrayList<>();
        for (PackParser.DivisionRow row : rows) {
            java.util.Set<String> seen = new HashSet<>();
            List<String> all = new ArrayList<>(List.of(row.name()));
            all.addAll(row.names().values());
            for (String name : all) {
                for (String word : Search.fold(name).split(" ")) {
                    String w = truncate(word, 100);
                    if (!w.isEmpty() && seen.add(w)) {
                        words.add(new Object[] {code, w, row.id()});
                    }
                }
            }
        }
        tx.batch("INSERT INTO countries.division_word (country, word, id) VALUES (?, ?, ?)", words);
        tx.batch("UPDATE countries.division SET parent_id = ?, level_no = ?, name = ?, other_names = ?, ancestors = ?, "
                + "search_text = ?, revision = ?, withdrawn = ? WHERE country = ? AND id = ?", updates);
        tx.batch("INSERT INTO countries.division (country, id, parent_id, level_no, name, other_names, ancestors, search_text, "
                + "revision, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    }

    long countDivisions(String code) {
        return database.inTransaction(tx -> tx.queryLong(
                "SELECT COUNT(*) FROM countries.division WHERE country = ? AND withdrawn = ?", code, false));
    }

    DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, DivisionPage.MAX_LIMIT));
        int start = Math.max(0, offset);
        String folded = query == null ? "" : Search.fold(query);
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (folded.isEmpty()) {
            sql.append("SELECT ").append(DIVISION_COLUMNS).append(" FROM countries.division WHERE country = ? AND withdrawn = ?");
            parameters.addAll(List.of(code, false));
        } else {
            // The longest word of the query narrows the search through the word index (a prefix
            // LIKE is an index range scan); the whole query is then checked on each division found.
            // The comment fixes Derby's join order to start from the words; other databases ignore it.
            String longest = java.util.Arrays.stream(folded.split(" "))
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(folded);
            sql.append("SELECT DISTINCT d.country, d.id, d.parent_id, d.level_no, d.name, d.other_names, d.ancestors, d.withdrawn")
                    .append(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n countries.division_word w")
                    .append(" JOIN countries.division d ON d.country = w.country AND d.id = w.id")
                    .append(" WHERE w.country = ? AND w.word LIKE ? ESCAPE '\\' AND d.withdrawn = ? AND d.search_text LIKE ? ESCAPE '\\'");
            parameters.addAll(List.of(code, Search.escape(longest) + "%", false, Search.wordPrefixPattern(folded)));
        }
        String prefix = folded.isEmpty() ? "" : "d.";
        if (parentId != null && !parentId.isBlank()) {
            sql.append(" AND ").append(prefix).append("parent_id = ?");
            parameters.add(parentId);
        } else if (folded.isEmpty()) {
            sql.append(" AND parent_id IS NULL");
        }
        sql.append(" ORDER BY ").append(prefix).append("level_no, ").append(prefix).append("name, ").append(prefix)
                .append("id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        parameters.add(start);
        parameters.add(size + 1);
        List<Division> rows = database.inTransaction(tx -> tx.query(sql.toString(), PackStore::division, parameters.toArray()));
        boolean more = rows.size() > size;
        return new DivisionPage(more ? rows.subList(0, size) : rows, start, size, more);
    }

    Optional<Division> division(String code, String id) {
        return database.inTransaction(tx -> tx.queryOne("SELECT " + DIVISION_COLUMNS
                + " FROM countries.division WHERE country = ? AND id = ?", PackStore::division, code, id));
    }

    private static Division division(Row row) {
        String ancestors = row.getString("ancestors");
        List<String> path = ancestors.isEmpty() ? List.of() : Arrays.asList(ancestors.split(String.valueOf(UNIT)));
        return new Division(row.getString("country"), row.getString("id"), row.getString("parent_id"), row.getInt("level_no"),
                row.getString("name"), decode(row.getString("other_names")), path, row.getBoolean("withdrawn"));
    }

    Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
        return database.inTransaction(tx -> tx.queryOne(
                "SELECT definition FROM countries.question WHERE country = ? AND revision = ? AND question_id = ?",
                row -> read(row.getString("definition")), code, revision, questionId)
                .map(question -> new QuestionSnapshot(code, revision, question, texts(tx, code, revision))));
    }

    /** Every question of a revision, in the order of its file (by id for revisions stored before the order was kept). */
    List<QuestionSnapshot> questions(String code, String revision) {
        return database.inTransaction(tx -> {
            List<NationalQuestion> questions = tx.query("SELECT definition FROM countries.question WHERE country = ? "
                    + "AND revision = ? ORDER BY ordinal_no, question_id", row -> read(row.getString("definition")), code, revision);
            if (questions.isEmpty()) {
                return List.of();
            }
            Map<String, Map<String, String>> texts = texts(tx, code, revision);
            return questions.stream().map(q -> new QuestionSnapshot(code, revision, q, texts)).toList();
        });
    }

    private static Map<String, Map<String, String>> texts(Transaction tx, String code, String revision) {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        tx.query("SELECT language, text_key, content FROM countries.question_text WHERE country = ? AND revision = ?",
                row -> texts.computeIfAbsent(row.getString("language"), l -> new HashMap<>())
                        .put(row.getString("text_key"), row.getString("content")), code, revision);
        return texts;
    }

    /** The {@code screening.json} of a revision as the pack carried it. */
    Optional<String> screening(String code, String revision) {
        return database.inTransaction(tx -> tx.queryOne("SELECT definition FROM countries.screening WHERE country = ? "
                + "AND revision = ?", row -> new String(row.getBytes("definition"), StandardCharsets.UTF_8), code, revision));
    }

    /** The text of {@code key} in {@code language} (else English) that revision stored for its screening additions. */
    Optional<String> text(String code, String revision, String key, String language) {
        return database.inTransaction(tx -> {
            Map<String, String> found = new HashMap<>();
            tx.query("SELECT language, content FROM countries.question_text WHERE country = ? AND revision = ? "
                    + "AND text_key = ? AND language IN (?, ?)", row -> found.put(row.getString("language"), row.getString("content")),
                    code, revision, key, language, "en");
            return Optional.ofNullable(found.getOrDefault(language, found.get("en")));
        });
    }

    private static String encode(Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(names).forEach((language, name) -> {
            if (out.length() > 0) {
                out.append(RECORD);
            }
            out.append(language).append(UNIT).append(name);
        });
        return truncate(out.toString(), 4000);
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> names = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split(String.valueOf(RECORD))) {
                int split = pair.indexOf(UNIT);
                if (split > 0) {
                    names.put(pair.substring(0, split), pair.substring(split + 1));
                }
            }
        }
        return names;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A question as JSON of our own making, read back with the pack parser's reader. */
    static String write(NationalQuestion q) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonNode.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", q.id());
            json.writeStringField("instrument", q.instrument());
            json.writeStringField("text", q.textKey());
            if (q.helpKey() != null) {
                json.writeStringField("help", q.helpKey());
            }
            json.writeStringField("answerType", q.answerType());
            json.writeArrayFieldStart("options");
            for (NationalQuestion.Option option : q.options()) {
                json.writeStartObject();
                json.writeStringField("id", option.id());
                json.writeStringField("label", option.labelKey());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("basis");
            for (String basis : q.basis()) {
                json.writeString(basis);
            }
            json.writeEndArray();
            json.writeStringField("confidence", q.evidence().confidence().name());
            json.writeArrayFieldStart("sources");
            for (String source : q.evidence().sources()) {
                json.writeString(source);
            }
            json.writeEndArray();
            if (q.evidence().verifiedOn() != null) {
                json.writeStringField("verifiedOn", q.evidence().verifiedOn().toString());
            }
            if (q.evidence().noteKey() != null) {
                json.writeStringField("note", q.evidence().noteKey());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static NationalQuestion read(String definition) {
        try {
            JsonNode.Obj o = (JsonNode.Obj) JsonNode.read(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
            List<NationalQuestion.Option> options = new ArrayList<>();
            for (JsonNode item : ((JsonNode.Arr) o.members().get("options")).items()) {
                JsonNode.Obj option = (JsonNode.Obj) item;
                options.add(new NationalQuestion.Option(text(option, "id"), text(option, "label")));
            }
            List<String> basis = strings(o, "basis");
            Evidence evidence = new Evidence(Confidence.valueOf(text(o, "confidence")), strings(o, "sources"),
                    text(o, "verifiedOn") == null ? null : LocalDate.parse(text(o, "verifiedOn")), text(o, "note"));
            return new NationalQuestion(text(o, "id"), text(o, "instrument"), text(o, "text"), text(o, "help"),
                    text(o, "answerType"), options, basis, evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonNode.SyntaxError e) {
            throw new IllegalStateException("stored question definition is not JSON", e);
        }
    }

    private static String text(JsonNode.Obj o, String name) {
        return o.members().get(name) instanceof JsonNode.Scalar s && s.value() instanceof String text ? text : null;
    }

    private static List<String> strings(JsonNode.Obj o, String name) {
        List<String> result = new ArrayList<>();
        if (o.members().get(name) instanceof JsonNode.Arr array) {
            array.items().forEach(i -> result.add((String) ((JsonNode.Scalar) i).value()));
        }
        return result;
    }
}
