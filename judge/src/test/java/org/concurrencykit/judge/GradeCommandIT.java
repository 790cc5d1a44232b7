package org.concurrencykit.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.concurrencykit.judge.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge grade} through bin/judge on the example class (examples/classroom/class: two
 * accepted, two wrong, one compile error, one folder naming no problem), two at a time: each
 * verdict is the one {@code judge submit} gives the same file with the same seed, the outputs
 * exist and the JUnit XML validates against the JUnit schema; a second run judges nothing again.
 */
class GradeCommandIT {
    private static final Path ROOT = Launched.ROOT;
    private static final Path CLASS = ROOT.resolve("examples/classroom/class");

    @TempDir
    Path cwd;

    private Launched judge(String... args) throws IOException, InterruptedException {
        return Launched.judge(cwd, 2, args);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows() throws IOException {
        Map<String, Object> summary = (Map<String, Object>) Json.parse(Files.readString(cwd.resolve("out/summary.json")));
        return (List<Map<String, Object>>) summary.get("rows");
    }

    @Test
    @Timeout(120)
    @SuppressWarnings("unchecked")
    void gradesTheClassWithSubmitsVerdictsThenTakesEverythingFromTheCache() throws Exception {
        Launched first = judge("grade", CLASS.toString(), "--jobs", "2", "--out", "out");
        assertThat(first.exit()).as(first.out()).isZero();
        List<Map<String, Object>> rows = rows();
        assertThat(rows).extracting(r -> r.get("verdict")).containsExactly("ACCEPTED", "WRONG_ANSWER", "ACCEPTED",
                "WRONG_ANSWER", "BAD_INPUT", "COMPILE_ERROR");
        for (Map<String, Object> row : rows) {
            String problem = (String) row.get("problem");
            Path file = CLASS.resolve((String) row.get("file"));
            if (row.get("verdict").equals("BAD_INPUT")) {
                Launched submit = judge("submit", problem, file.toString());
                assertThat(submit.exit()).as(submit.out()).isEqualTo(2);
                continue;
            }
            Launched submit = judge("submit", problem, file.toString(), "--seed", row.get("seed").toString(), "--format", "json");
            Map<String, Object> json = (Map<String, Object>) Json.parse(submit.out().strip());
            assertThat(json.get("verdict")).as(row.toString()).isEqualTo(row.get("verdict"));
            assertThat(row.get("reproduce").toString()).endsWith("submit " + problem + " " + file + " --seed " + row.get("seed"));
            assertThat(cwd.resolve("out").resolve((String) row.get("report"))).isNotEmptyFile();
        }
        for (String f : new String[] {"summary.csv", "index.html"}) {
            assertThat(cwd.resolve("out").resolve(f)).isNotEmptyFile();
        }
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GradeCommandIT.class.getResource("grade/junit.xsd")).newValidator()
                .validate(new StreamSource(cwd.resolve("out/junit.xml").toFile()));

        Launched again = judge("grade", CLASS.toString(), "--jobs", "2", "--out", "out");
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(again.out()).contains("; 5 from the cache");
        assertThat(rows()).allSatisfy(r -> assertThat(r.get("cached")).isEqualTo(!r.get("verdict").equals("BAD_INPUT")));
    }
}
