package org.amparo.interviews.internal;

import java.util.ArrayList;
import java.util.List;

import org.amparo.screening.SetReference;

/** A {@link SetReference} as one line of text per part, as stored with an interview. */
final class References {
    private References() {
    }

    static String write(SetReference reference) {
        StringBuilder text = new StringBuilder();
        reference.instruments().forEach(i -> text.append("instrument ").append(i).append('\n'));
        reference.additions().forEach(a -> text.append("addition ").append(a).append('\n'));
        reference.indicatorLists().forEach(l -> text.append("list ").append(l).append('\n'));
        text.append("rules ").append(reference.rules()).append('\n');
        text.append("taxonomy ").append(reference.taxonomy()).append('\n');
        return text.toString();
    }

    static SetReference read(String text) {
        List<String> instruments = new ArrayList<>();
        List<String> additions = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        String rules = "";
        String taxonomy = "";
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String value = line.substring(space + 1);
            switch (line.substring(0, space)) {
                case "instrument" -> instruments.add(value);
                case "addition" -> additions.add(value);
                case "list" -> lists.add(value);
                case "rules" -> rules = value;
                case "taxonomy" -> taxonomy = value;
                default -> throw new IllegalStateException("unknown part of a stored set reference: " + line.substring(0, space));
            }
        }
        return new SetReference(instruments, additions, lists, rules, taxonomy);
    }
}
