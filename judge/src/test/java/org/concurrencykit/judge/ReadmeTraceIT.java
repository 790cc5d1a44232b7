package org.concurrencykit.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README.md's {@code judge explain} excerpt true: it must be exactly what
 * {@code scripts/readme-trace} prints with the current code. The model checker's
 * exploration goes through the JDK's own lock code, so the excerpt is compared exactly on
 * the Java version it was generated with (the one its marker names); on another version
 * the script must still run, and give the same verdicts.
 */
class ReadmeTraceIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EXCERPT = Pattern.compile(
            "<!-- begin: scripts/readme-trace output \\(Java (\\d+)\\) -->\n```text\n(.*?)```\n"
                    + "<!-- end: scripts/readme-trace output -->", Pattern.DOTALL);

    @Test
    @Timeout(300)
    void readmesExplainExcerptIsWhatTheScriptPrintsNow(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = EXCERPT.matcher(readme);
        assertThat(m.find()).as("README.md has the scripts/readme-trace excerpt").isTrue();
        int generatedOn = Integer.parseInt(m.group(1));
        String excerpt = m.group(2);

        Path out = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(ROOT.resolve("scripts/readme-trace").toString()).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = p.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(ended).as("scripts/readme-trace ended").isTrue();
        assertThat(p.exitValue()).as("scripts/readme-trace's exit status").isZero();
        String now = Files.readString(out, StandardCharsets.UTF_8);

        if (Runtime.version().feature() == generatedOn) {
            assertThat(now).as("README.md's excerpt is stale: run scripts/readme-trace --write").isEqualTo(excerpt);
        } else {
            assertThat(verdicts(now)).as("the same verdicts on Java %d", Runtime.version().feature())
                    .isEqualTo(verdicts(excerpt));
        }
    }

    /** The commands and the verdict lines under them. */
    private static List<String> verdicts(String text) {
        return text.lines().filter(l -> l.startsWith("$ ") || l.matches("[A-Z_]+  .*")).toList();
    }
}
