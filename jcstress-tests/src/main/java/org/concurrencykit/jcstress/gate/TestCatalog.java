package org.concurrencykit.jcstress.gate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The tests compiled into a jcstress jar, read from the {@code META-INF/TestList} that
 * jcstress's annotation processor writes: one {@code JCTEST} line per {@code @JCStressTest}.
 *
 * <p>A line is {@code JCTEST} followed by fields, each {@code <length><tag><value>} with tag
 * {@code S} (string), {@code I} (int) or {@code B} (boolean, one character {@code T}/{@code F}).
 * The fields this class reads come first: name, binary name, generated runner, description,
 * actor count, then one actor name per actor (jcstress 0.16, {@code TestList}).
 */
public record TestCatalog(List<Entry> tests) {
    /** Where the processor writes the list, inside the jar. */
    public static final String RESOURCE = "META-INF/TestList";

    /** One compiled test: its jcstress name (what {@code -t} matches) and its actors. */
    public record Entry(String name, List<String> actors) {
        public Entry {
            actors = List.copyOf(actors);
        }

        /** The CPUs jcstress needs to run this test: one per actor. */
        public int cpusNeeded() {
            return actors.size();
        }
    }

    public TestCatalog {
        tests = List.copyOf(tests);
    }

    /** Reads the test list from a jcstress jar; fails if the jar has none. */
    public static TestCatalog read(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(RESOURCE);
            if (entry == null) {
                throw new IOException(jar + " has no " + RESOURCE
                        + ": the jcstress annotation processor did not run, so it holds no tests");
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                return parse(reader.lines().toList());
            }
        }
    }

    /** Parses the lines of a test list; lines that do not start with JCTEST are ignored. */
    public static TestCatalog parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("JCTEST")) {
                entries.add(parseLine(line));
            }
        }
        return new TestCatalog(entries);
    }

    /** The tests whose name the regular expression finds, the way jcstress's {@code -t} does. */
    public List<Entry> select(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return tests.stream().filter(t -> pattern.matcher(t.name()).find()).toList();
    }

    private static Entry parseLine(String line) {
        Fields fields = new Fields(line, "JCTEST".length());
        String name = fields.string();
        fields.string(); // binary name
        fields.string(); // generated runner
        fields.string(); // description
        int actorCount = fields.integer();
        List<String> actors = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            actors.add(fields.string());
        }
        return new Entry(name, actors);
    }

    /** A cursor over the length-tagged fields of one line. */
    private static final class Fields {
        private final String line;
        private int at;

        Fields(String line, int at) {
            this.line = line;
            this.at = at;
        }

        String string() {
            return next('S');
        }

        int integer() {
            return Integer.parseInt(next('I'));
        }

        private String next(char tag) {
            int digits = at;
            while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
                digits++;
            }
            if (digits == at || digits >= line.length() || line.charAt(digits) != tag) {
                throw new IllegalArgumentException("malformed " + RESOURCE + " line at column " + at
                        + " (expected a field tagged " + tag + "): " + line);
            }
            int length = Integer.parseInt(line.substring(at, digits));
            int end = digits + 1 + length;
            if (end > line.length()) {
                throw new IllegalArgumentException("truncated " + RESOURCE + " line: " + line);
            }
            at = end;
            return line.substring(digits + 1, end);
        }
    }
}
