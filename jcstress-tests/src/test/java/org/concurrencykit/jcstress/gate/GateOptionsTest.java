package org.concurrencykit.jcstress.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateOptionsTest {
    private static final Path RESULTS = Path.of("results");

    @Test
    void emptyValuesMeanTheDefaults() {
        GateOptions o = GateOptions.parse("--jar=j.jar", "--work-dir=w", "--tests=", "--mode=", "--time=",
                "--args=", "--timeout=", "--silence-timeout=");

        assertThat(o.tests()).isEqualTo(GateOptions.DEFAULT_TESTS);
        assertThat(o.mode()).isEqualTo("ci");
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(420));
        assertThat(o.silenceTimeout()).isEqualTo(Duration.ofSeconds(120));
        List<String> expected = new ArrayList<>(GateOptions.CI_PRESET);
        expected.addAll(List.of("-t", GateOptions.DEFAULT_TESTS, "-r", "results", "-v"));
        assertThat(o.jcstressArgs(RESULTS)).containsExactlyElementsOf(expected);
    }

    @Test
    void timeAndExtraArgsReplaceThePresetsOptions() {
        GateOptions o = GateOptions.parse("--jar=j.jar", "--work-dir=w", "--time=250", "--args= -iters 3  -c 2 ");

        assertThat(o.jcstressArgs(RESULTS)).containsExactly("-m", "quick", "-sc", "false",
                "-strideSize", "64", "-strideCount", "10", "-pth", "false",
                "-time", "250", "-iters", "3", "-c", "2",
                "-t", GateOptions.DEFAULT_TESTS, "-r", "results", "-v");
    }

    @Test
    void aJcstressModeIsPassedAsIs() {
        GateOptions o = GateOptions.parse("--jar=j.jar", "--work-dir=w", "--mode=sanity", "--tests=Broken");

        assertThat(o.jcstressArgs(RESULTS)).containsExactly("-m", "sanity", "-t", "Broken", "-r", "results", "-v");
    }

    @Test
    void rejectsWhatWouldMisleadTheGate() {
        assertThatThrownBy(() -> GateOptions.parse("--jar=j.jar", "--work-dir=w", "--args=-t Foo"))
                .hasMessageContaining("-t is the gate's own");
        assertThatThrownBy(() -> GateOptions.parse("--jar=j.jar", "--work-dir=w", "--mode=fast"))
                .hasMessageContaining("--mode must be one of");
        assertThatThrownBy(() -> GateOptions.parse("--jar=j.jar", "--work-dir=w", "--tests=(unclosed"))
                .hasMessageContaining("not a regular expression");
        assertThatThrownBy(() -> GateOptions.parse("--jar=j.jar", "--work-dir=w", "--timeout=0"))
                .hasMessageContaining("positive number of seconds");
        assertThatThrownBy(() -> GateOptions.parse("--jar=j.jar", "--work-dir=w", "--colour=yes"))
                .hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> GateOptions.parse("--work-dir=w"))
                .hasMessageContaining("missing --jar");
        assertThatThrownBy(() -> GateOptions.parse("--jar", "j.jar"))
                .hasMessageContaining("expected --name=value");
    }
}
