package org.concurrencykit.judge.cli;

import java.util.Map;
import org.concurrencykit.judge.report.Json;

/** Runs the judge's command line in process and captures what it prints. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        JudgeCommand.Captured c = JudgeCommand.capture(args);
        return new Cli(c.exit(), c.out(), c.err());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
        return (Map<String, Object>) Json.parse(out.strip());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> failure() {
        return (Map<String, Object>) json().get("failure");
    }
}
