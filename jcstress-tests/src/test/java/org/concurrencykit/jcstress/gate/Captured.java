package org.concurrencykit.jcstress.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Console output captured from real jcstress 0.16 runs on a 2-CPU machine, in the resources
 * next to this class. Long runs had their repeated per-fork blocks cut, marked
 * "[... trimmed ...]"; everything the parser reads is as jcstress printed it.
 *
 * <ul>
 *   <li>pass-2cpus.log: the gate's default run (-m quick + the ci options, -v): 18 tests OK,
 *       3-actor tests unschedulable.
 *   <li>broken-forbidden.log: -t Broken: two FAILED tests with FORBIDDEN outcomes.
 *   <li>error-check-failed.log: a scratch test whose actor throws: ERROR in every fork.
 *   <li>failed-default-outcome.log: a scratch test whose result only the default outcome
 *       (FORBIDDEN) matches.
 *   <li>failed-empty-result.log: the same scratch test reporting an empty string, as a
 *       solution that never runs its callbacks would.
 *   <li>fatal-three-actors-only.log: -t PrintInOrderStress\.AllThree on 2 CPUs: nothing to run,
 *       "FATAL: No matching tests.", exit code 0.
 *   <li>not-verbose.log: a run without -v, whose RUN RESULTS do not list passing tests.
 *   <li>killed-midway.log: the start of pass-2cpus.log, as a killed run leaves it.
 *   <li>TestList: META-INF/TestList as the processor wrote it for this module.
 * </ul>
 */
final class Captured {
    private Captured() {
    }

    static List<String> lines(String name) {
        try (InputStream in = Captured.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no captured output " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JcstressOutput output(String name) {
        return JcstressOutput.parse(lines(name));
    }

    static TestCatalog catalog() {
        return TestCatalog.parse(lines("TestList"));
    }
}
