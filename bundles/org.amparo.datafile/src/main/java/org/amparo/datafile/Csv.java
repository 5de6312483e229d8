package org.amparo.datafile;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV reader that knows on which physical line each record starts, so a problem can
 * name it. Quoted fields may hold commas, doubled quotes and line breaks. Not thread-safe.
 */
public final class Csv {
    /** Thrown for a quoted field that never ends. */
    public static final class UnterminatedQuote extends Exception {
        private static final long serialVersionUID = 1L;
        /** The line the quoted field starts on. */
        public final int line;

        UnterminatedQuote(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private final Reader in;
    private int physicalLine = 1;
    private int recordLine;
    private int pushedBack = -2;

    public Csv(Reader in) {
        this.in = in;
    }

    /** The line on which the record last returned by {@link #next()} starts. */
    public int line() {
        return recordLine;
    }

    /** The next record, or {@code null} at the end. A blank line is skipped. */
    public List<String> next() throws IOException, UnterminatedQuote {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                newline(c);
                continue;
            }
            unread(c);
            return record();
        }
    }

    private List<String> record() throws IOException, UnterminatedQuote {
        recordLine = physicalLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new UnterminatedQuote(recordLine);
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(next);
                    }
                } else {
                    if (c == '\n' || (c == '\r')) {
                        if (c == '\r') {
                            int next = read();
                            if (next != '\n') {
                                unread(next);
                            }
                        }
                        physicalLine++;
                        field.append('\n');
                    } else {
                        field.append((char) c);
                    }
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == -1 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c != -1) {
                    newline(c);
                }
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private void newline(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        physicalLine++;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
