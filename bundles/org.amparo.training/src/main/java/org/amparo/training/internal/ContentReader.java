package org.amparo.training.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.amparo.training.Lesson;
import org.amparo.training.Quiz;
import org.amparo.training.QuizOption;
import org.amparo.training.QuizQuestion;
import org.amparo.training.TrainingModule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.amparo.datafile.Source;

/**
 * Reads and checks every module file in {@code amparo/training/} (format
 * {@value #FORMAT}). Every problem is collected with its file and JSON pointer, and any problem
 * refuses the whole content: a module with a broken quiz must not be taken half-right. Texts are
 * message keys, which must start with {@code training.<module id>.} or {@code training.common.}
 * and have an English text in this bundle's {@code training} messages.
 */
final class ContentReader {
    static final String FOLDER = "amparo/training/";
    static final String MESSAGES = "OSGI-INF/amparo/l10n/training.properties";
    static final String FORMAT = "amparo-training/1";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Object NULL = new Object();

    private final Source source;
    private final Properties english;
    private final List<ContentProblem> problems = new ArrayList<>();

    ContentReader(Source source) throws IOException {
        this.source = source;
        this.english = loadMessages(source);
    }

    /** English texts of the {@code training} messages found in {@code source}. */
    static Properties loadMessages(Source source) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = source.open(MESSAGES)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    /**
     * The modules by id.
     *
     * @throws InvalidContentException listing every problem, when there is any
     */
    SortedMap<String, TrainingModule> read() throws IOException {
        SortedMap<String, TrainingModule> modules = new TreeMap<>();
        for (String file : source.list(FOLDER)) {
            if (!file.endsWith(".json")) {
                continue;
            }
            Object root;
            try (InputStream in = source.open(file)) {
                root = parse(in);
            } catch (JsonParseException e) {
                String message = e.getOriginalMessage();
                int cut = message.indexOf('\n');
                problem(file, "", "training.error.notJson", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        cut < 0 ? message : message.substring(0, cut));
                continue;
            }
            TrainingModule module = new FileReader(file).module(root);
            if (module != null) {
                modules.put(module.id(), module);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems.stream().map(p -> p.describe(english)).toList());
        }
        return modules;
    }

    private void problem(String file, String pointer, String key, Object... arguments) {
        List<String> args = new ArrayList<>();
        for (Object argument : arguments) {
            args.add(String.valueOf(argument));
        }
        problems.add(new ContentProblem(file, pointer, key, args));
    }

    // ---- JSON into maps, lists and scalars ----

    private static Object parse(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new JsonParseException(parser, "empty file");
            }
            Object value = value(parser, token);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "content after the end of the JSON value");
            }
            return value;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> members = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    members.put(name, value(parser, parser.nextToken()));
                }
                return members;
            }
            case START_ARRAY: {
                List<Object> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t));
                }
                return items;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /** Reads one file, reporting against it. */
    private final class FileReader {
        private final String file;
        private String moduleId = "";

        FileReader(String file) {
            this.file = file;
        }

        TrainingModule module(Object root) {
            Map<String, Object> m = object(root, "");
            if (m == null) {
                return null;
            }
            members(m, "", List.of("format", "id", "version", "title", "summary", "lessons", "quiz"));
            String format = string(m, "", "format");
            if (format != null && !FORMAT.equals(format)) {
                problem(file, "/format", "training.error.format", FORMAT);
            }
            String id = id(m, "", "id");
            String expected = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
            if (id != null && !id.equals(expected)) {
                problem(file, "/id", "training.error.fileName", id, expected);
            }
            moduleId = id == null ? expected : id;
            String version = string(m, "", "version");
            if (version != null && !VERSION.matcher(version).matches()) {
                problem(file, "/version", "training.error.badVersion", version);
            }
            String title = key(m, "", "title");
            String summary = key(m, "", "summary");
            List<Lesson> lessons = lessons(m);
            Quiz quiz = quiz(m);
            if (id == null || version == null || title == null || summary == null || lessons == null || quiz == null
                    || problems.stream().anyMatch(p -> p.file().equals(file))) {
                return null;
            }
            return new TrainingModule(id, version, title, summary, lessons, quiz);
        }

        private List<Lesson> lessons(Map<String, Object> m) {
            List<Object> items = list(m, "", "lessons", 1);
            if (items == null) {
                return null;
            }
            List<Lesson> lessons = new ArrayList<>();
            Map<String, String> seen = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String at = "/lessons/" + i;
                Map<String, Object> l = object(items.get(i), at);
                if (l == null) {
                    continue;
                }
                members(l, at, List.of("id", "title", "text", "libraryItem"));
                String id = unique(l, at, seen);
                String title = key(l, at, "title");
                String text = key(l, at, "text");
                String libraryItem = "";
                if (l.containsKey("libraryItem")) {
                    libraryItem = id(l, at, "libraryItem");
                }
                if (id != null && title != null && text != null && libraryItem != null) {
                    lessons.add(new Lesson(id, title, text, libraryItem));
                }
            }
            return lessons;
        }

        private Quiz quiz(Map<String, Object> m) {
            Map<String, Object> q = object(required(m, "", "quiz"), "/quiz");
            if (q == null) {
                return null;
            }
            members(q, "/quiz", List.of("passMark", "questions"));
            Integer passMark = null;
            Object mark = required(q, "/quiz", "passMark");
            if (mark != null) {
                if (!(mark instanceof Integer n)) {
                    problem(file, "/quiz/passMark", "training.error.type", "a whole number");
                } else if (n < 1 || n > 100) {
                    problem(file, "/quiz/passMark", "training.error.range", 1, 100);
                } else {
                    passMark = n;
                }
            }
            List<Object> items = list(q, "/quiz", "questions", 1);
            if (items == null) {
                return null;
            }
            List<QuizQuestion> questions = new ArrayList<>();
            Map<String, String> seen = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String at = "/quiz/questions/" + i;
                Map<String, Object> item = object(items.get(i), at);
                if (item == null) {
                    continue;
                }
                members(item, at, List.of("id", "text", "options", "correct", "explanation"));
                String id = unique(item, at, seen);
                String text = key(item, at, "text");
                String explanation = key(item, at, "explanation");
                List<QuizOption> options = options(item, at);
                Set<String> correct = correct(item, at, options);
                if (id != null && text != null && explanation != null && options != null && correct != null) {
                    questions.add(new QuizQuestion(id, text, options, correct, explanation));
                }
            }
            return passMark == null ? null : new Quiz(passMark, questions);
        }

        private List<QuizOption> options(Map<String, Object> question, String at) {
            List<Object> items = list(question, at, "options", 2);
            if (items == null) {
                return null;
            }
            List<QuizOption> options = new ArrayList<>();
            Map<String, String> seen = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String here = at + "/options/" + i;
                Map<String, Object> o = object(items.get(i), here);
                if (o == null) {
                    continue;
                }
                members(o, here, List.of("id", "text"));
                String id = unique(o, here, seen);
                String text = key(o, here, "text");
                if (id != null && text != null) {
                    options.add(new QuizOption(id, text));
                }
            }
            return options;
        }

        private Set<String> correct(Map<String, Object> question, String at, List<QuizOption> options) {
            List<Object> items = list(question, at, "correct", 1);
            if (items == null) {
                return null;
            }
            List<String> ids = options == null ? List.of() : options.stream().map(QuizOption::id).toList();
            Set<String> correct = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String here = at + "/correct/" + i;
                if (!(items.get(i) instanceof String id)) {
                    problem(file, here, "training.error.type", "a string");
                } else if (options != null && !ids.contains(id)) {
                    problem(file, here, "training.error.notAnOption", id, String.join(", ", ids));
                } else if (!correct.add(id)) {
                    problem(file, here, "training.error.duplicateId", id, at + "/correct");
                }
            }
            return correct;
        }

        // ---- field helpers: each reports what is wrong and returns null then ----

        private Object required(Map<String, Object> m, String at, String name) {
            Object value = m.get(name);
            if (value == null || value == NULL) {
                problem(file, at + "/" + name, "training.error.missing");
                return null;
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> object(Object value, String at) {
            if (value == null) {
                return null;
            }
            if (!(value instanceof Map)) {
                problem(file, at, "training.error.type", "an object");
                return null;
            }
            return (Map<String, Object>) value;
        }

        private void members(Map<String, Object> m, String at, List<String> allowed) {
            for (String name : m.keySet()) {
                if (!allowed.contains(name)) {
                    problem(file, at + "/" + name, "training.error.unknownMember", name, String.join(", ", allowed));
                }
            }
        }

        private String string(Map<String, Object> m, String at, String name) {
            Object value = required(m, at, name);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String text) || text.isBlank()) {
                problem(file, at + "/" + name, "training.error.type", "a non-empty string");
                return null;
            }
            return text;
        }

        private String id(Map<String, Object> m, String at, String name) {
            String id = string(m, at, name);
            if (id != null && !ID.matcher(id).matches()) {
                problem(file, at + "/" + name, "training.error.badId", id);
                return null;
            }
            return id;
        }

        private String unique(Map<String, Object> m, String at, Map<String, String> seen) {
            String id = id(m, at, "id");
            if (id != null) {
                String first = seen.putIfAbsent(id, at);
                if (first != null) {
                    problem(file, at + "/id", "training.error.duplicateId", id, first);
                    return null;
                }
            }
            return id;
        }

        private String key(Map<String, Object> m, String at, String name) {
            String key = string(m, at, name);
            if (key == null) {
                return null;
            }
            String prefix = "training." + moduleId + ".";
            if (!key.startsWith(prefix) && !key.startsWith("training.common.")) {
                problem(file, at + "/" + name, "training.error.keyPrefix", key, prefix);
                return null;
            }
            if (!english.containsKey(key)) {
                problem(file, at + "/" + name, "training.error.missingText", key);
                return null;
            }
            return key;
        }

        private List<Object> list(Map<String, Object> m, String at, String name, int min) {
            Object value = required(m, at, name);
            if (value == null) {
                return null;
            }
            if (!(value instanceof List<?> items)) {
                problem(file, at + "/" + name, "training.error.type", "a list");
                return null;
            }
            if (items.size() < min) {
                problem(file, at + "/" + name, "training.error.tooFew", min);
                return null;
            }
            return new ArrayList<>(items);
        }
    }
}
