package org.amparo.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.karaf.shell.api.console.History;
import org.apache.karaf.shell.api.console.Registry;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.apache.karaf.shell.api.console.Terminal;

/** A console that records what a command prints and answers its prompts from a script. */
final class FakeSession implements Session {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final Deque<String> answers = new ArrayDeque<>();
    final List<String> prompts = new ArrayList<>();
    final List<Character> masks = new ArrayList<>();

    FakeSession answering(String... lines) {
        answers.addAll(List.of(lines));
        return this;
    }

    String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public PrintStream getConsole() {
        return console;
    }

    @Override
    public String readLine(String prompt, Character mask) {
        prompts.add(prompt);
        masks.add(mask);
        return answers.poll();
    }

    @Override
    public Object execute(CharSequence commandline) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object get(String name) {
        return null;
    }

    @Override
    public void put(String name, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InputStream getKeyboard() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Terminal getTerminal() {
        return null;
    }

    @Override
    public History getHistory() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Registry getRegistry() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SessionFactory getFactory() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String resolveCommand(String name) {
        return name;
    }

    @Override
    public Path currentDir() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void currentDir(Path path) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        console.close();
    }
}
