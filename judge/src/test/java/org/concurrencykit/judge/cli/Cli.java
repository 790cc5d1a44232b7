package org.concurrencykit.judge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.concurrencykit.judge.report.Json;
import picocli.CommandLine;

/** Runs the judge's command line in process and captures what it prints. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = JudgeCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int exit = cmd.execute(args);
        return new Cli(exit, out.toString(), err.toString());
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
