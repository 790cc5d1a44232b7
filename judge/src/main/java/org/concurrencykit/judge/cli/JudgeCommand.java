package org.concurrencykit.judge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code judge}: the Concurrency Kit's command line. */
@Command(name = "judge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Judges solutions to LeetCode-style concurrency problems: compiles your file, runs it in "
                + "a separate JVM under adversarial scheduling, and tells you exactly how it fails.",
        subcommands = {ListCommand.class, ShowCommand.class, NewCommand.class, RunCommand.class,
            SubmitCommand.class, ExplainCommand.class, JcstressCommand.class, BenchCommand.class,
            org.concurrencykit.judge.grade.GradeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:accepted (or the command succeeded)",
            "1:rejected: WRONG_ANSWER, TIME_LIMIT_EXCEEDED, DEADLOCK, RUNTIME_ERROR or COMPILE_ERROR",
            "2:usage or input error: unknown problem, missing file, no class of the expected shape",
            "3:grade: some submission could not be judged (the judge failed, or --deadline passed)",
            "70:internal error of the judge"},
        footerHeading = "%nExamples:%n", footer = {
            "  judge list",
            "  judge show print-in-order --hint 1",
            "  judge new print-in-order --dir work",
            "  judge run 1114 work/Foo.java",
            "  judge submit print-in-order work/Foo.java --seed 42",
            "  judge explain print-in-order work/Foo.java",
            "  judge jcstress print-in-order work/Foo.java", ""})
public final class JudgeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with the judge's error handling: one line for bad usage (2), none of picocli's stack traces. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new JudgeCommand());
        cmd.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(c.getColorScheme().errorText("judge: " + ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter err = c.getErr();
            err.println(c.getColorScheme().errorText("judge: internal error: " + ex));
            if (parsed.hasMatchedOption("--verbose")) {
                ex.printStackTrace(err);
            } else {
                err.println("Run again with --verbose for the stack trace.");
            }
            return ExitCodes.INTERNAL;
        });
        return cmd;
    }

    /** What a command run in this JVM printed, and its exit code. */
    public record Captured(int exit, String out, String err) {
    }

    /**
     * Runs the command line in this JVM, without colour, and captures what it prints: the way
     * {@code judge grade} runs each {@code submit}, and the tests run every command.
     */
    public static Captured capture(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int exit = cmd.execute(args);
        return new Captured(exit, out.toString(), err.toString());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
