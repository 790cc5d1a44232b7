package org.concurrencykit.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps README.md true: every {@code $ command} in its {@code console} blocks runs, through
 * the real {@code bin/judge} launcher, from a directory other than the repository's, and
 * exits as the block says ({@code # exit N}, else 0). The test command it gives is the one
 * {@code .ci/run} runs, and its problem table lists every registered problem.
 */
class ReadmeIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EXIT = Pattern.compile("\\s+#\\s*exit\\s+(\\d+)\\s*$");

    record Command(String line, int exit) {
        @Override
        public String toString() {
            return line;
        }
    }

    static List<Command> commands() throws IOException {
        List<Command> commands = new ArrayList<>();
        boolean inConsole = false;
        for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inConsole = !inConsole && line.strip().equals("```console");
                continue;
            }
            if (inConsole && line.startsWith("$ ")) {
                String cmd = line.substring(2);
                Matcher m = EXIT.matcher(cmd);
                int exit = m.find() ? Integer.parseInt(m.group(1)) : 0;
                commands.add(new Command(m.replaceFirst("").strip(), exit));
            }
        }
        return commands;
    }

    static Stream<Command> userCommands() throws IOException {
        return commands().stream().filter(c -> !c.line().startsWith("./mvnw"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userCommands")
    void commandRunsAsDocumented(Command c, @TempDir Path cwd) throws Exception {
        Files.createSymbolicLink(cwd.resolve("bin"), ROOT.resolve("bin"));
        Files.createSymbolicLink(cwd.resolve("examples"), ROOT.resolve("examples"));
        Path log = cwd.resolve("output.txt");
        Process p = new ProcessBuilder("bash", "-c", c.line()).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log);
        assertThat(ended).as("still running after 5 minutes: %s%n%s", c, output).isTrue();
        assertThat(p.exitValue()).as("%s%n%s", c, output).isEqualTo(c.exit());
        assertThat(output).as("no stack traces from: %s", c).doesNotContain("\tat ", "Exception in thread");
    }

    /** The longest suffix all names share, starting at a capital: {@code FooBar} of {@code SemaphoreFooBar}... */
    static String commonSuffix(List<String> names) {
        String first = names.get(0);
        int n = first.length();
        for (String s : names) {
            int k = 0;
            while (k < Math.min(n, s.length()) && s.charAt(s.length() - 1 - k) == first.charAt(first.length() - 1 - k)) {
                k++;
            }
            n = k;
        }
        String suffix = first.substring(first.length() - n);
        while (!suffix.isEmpty() && !Character.isUpperCase(suffix.charAt(0))) {
            suffix = suffix.substring(1);
        }
        return suffix;
    }

    @Test
    void theTestCommandIsWhatCiRuns() throws IOException {
        List<String> mvnw = commands().stream().map(Command::line).filter(l -> l.startsWith("./mvnw")).toList();
        assertThat(mvnw).isNotEmpty();
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertThat(ci).contains(mvnw.get(0));
    }

    @Test
    void theProblemTableListsEveryProblem() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (Problem<?, ?> p : Problems.all()) {
            assertThat(readme).contains("| " + p.info().number() + " | `" + p.info().slug() + "` |");
            String suffix = commonSuffix(p.references().stream().map(Class::getSimpleName).toList());
            for (Class<?> r : p.references()) {
                String name = r.getSimpleName();
                String primitive = name.substring(0, name.length() - suffix.length());
                assertThat(readme).as("README names the primitive of %s", name).contains(primitive);
            }
        }
    }
}
