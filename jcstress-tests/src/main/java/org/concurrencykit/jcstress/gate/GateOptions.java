package org.concurrencykit.jcstress.gate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The gate's options, each given as one {@code --name=value} argument so that an empty Maven
 * property stays one (empty) argument.
 *
 * @param jar            the jcstress uber-jar to run
 * @param workDir        where jcstress runs: its log, result blob and HTML report go there
 * @param tests          the test filter, a regular expression jcstress's {@code -t} finds in names
 * @param mode           {@code ci} (the gate's preset, see {@link #CI_PRESET}) or a jcstress
 *                       preset: sanity, quick, default, tough, stress
 * @param extraArgs      more jcstress options; they replace the preset's options of the same name
 * @param timeout        the wall-clock limit of the whole jcstress run
 * @param silenceTimeout the longest jcstress may print nothing before the gate kills it
 * @param classPath      more class path after the jar (a user's compiled solution), or empty
 * @param properties     system properties for jcstress and, since it copies them, its forked VMs
 * @param details        whether the summary lists every outcome of every test, not only failures
 */
public record GateOptions(Path jar, Path workDir, String tests, String mode, List<String> extraArgs,
        Duration timeout, Duration silenceTimeout, String classPath, List<String> properties, boolean details) {

    /**
     * Everything under org.concurrencykit.jcstress except the broken negative controls and
     * the {@code User} tests, which test the class a user names (see {@code UserSolution}).
     */
    public static final String DEFAULT_TESTS = "^org\\.concurrencykit\\.jcstress\\.(?!broken\\.)(?!.*\\.User$)";

    /**
     * The {@code ci} preset: jcstress's quick mode cut to fit a 2-CPU build in about two
     * minutes. Split compilation off gives 8 forks per 2-actor test on JDK 17 (its JVM flag
     * sets: interpreter, C1, C2, C2 with stress randomizers, each with and without biased
     * locking) instead of 28; each fork runs one 100 ms iteration over strides of 64 x 10
     * states without pre-touching its heap. Forks, not samples, cost the time: jcstress's own
     * sanity mode (28 forks per test, almost no samples) is slower. Every option takes
     * exactly one value.
     */
    public static final List<String> CI_PRESET = List.of("-m", "quick", "-sc", "false", "-iters", "1",
            "-time", "100", "-strideSize", "64", "-strideCount", "10", "-pth", "false");

    /** The values {@code mode} takes. */
    public static final Set<String> MODES = Set.of("ci", "sanity", "quick", "default", "tough", "stress");

    /** jcstress options the gate sets itself, or that would stop jcstress from testing. */
    private static final Set<String> RESERVED = Set.of("-t", "-r", "-l", "-p", "-h");

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: JcstressGate --jar=<jcstress.jar> --work-dir=<dir> [--tests=<regex>] [--mode=<mode>]",
            "                    [--time=<ms>] [--args=<jcstress options>] [--timeout=<s>] [--silence-timeout=<s>]",
            "  --tests            test filter, as jcstress -t (default: " + DEFAULT_TESTS + ")",
            "  --mode             ci (default: " + String.join(" ", CI_PRESET) + "),",
            "                     or a jcstress preset: sanity, quick, default, tough, stress",
            "  --time             milliseconds per iteration, as jcstress -time (default: the mode's)",
            "  --args             more jcstress options, space-separated; they replace the mode's",
            "  --timeout          wall-clock limit of the run in seconds (default: 420)",
            "  --silence-timeout  seconds jcstress may print nothing (default: 120)",
            "  --classpath        more class path after the jar, e.g. a directory with a solution's classes",
            "  --property         name=value system properties for jcstress and its forks, comma-separated",
            "  --details          true: list every observed outcome of every test, not only failures",
            "exit codes: 0 passed, 1 failed (forbidden outcome, error, missing test, watchdog),",
            "            2 bad usage, 70 internal error");

    public GateOptions {
        extraArgs = List.copyOf(extraArgs);
    }

    /** Parses {@code --name=value} arguments; throws IllegalArgumentException with a readable message. */
    public static GateOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        GateOptions options = new GateOptions(
                Path.of(required(values, "jar")),
                Path.of(required(values, "work-dir")),
                tests(optional(values, "tests")),
                mode(optional(values, "mode")),
                extraArgs(optional(values, "time"), optional(values, "args")),
                seconds(values, "timeout", 420),
                seconds(values, "silence-timeout", 120),
                optional(values, "classpath"),
                properties(optional(values, "property")),
                Boolean.parseBoolean(optional(values, "details")));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown option --" + values.keySet().iterator().next());
        }
        return options;
    }

    /** The jcstress options for this run: the mode's preset, overridden by the extra options. */
    public List<String> jcstressArgs(Path resultsDir) {
        List<String> args = new ArrayList<>();
        List<String> preset = mode.equals("ci") ? CI_PRESET : List.of("-m", mode);
        for (int i = 0; i < preset.size(); i += 2) {
            if (!extraArgs.contains(preset.get(i))) {
                args.add(preset.get(i));
                args.add(preset.get(i + 1));
            }
        }
        args.addAll(extraArgs);
        args.addAll(List.of("-t", tests, "-r", resultsDir.toString(), "-v"));
        return args;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.remove(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    private static String optional(Map<String, String> values, String name) {
        String value = values.remove(name);
        return value == null ? "" : value;
    }

    private static String tests(String value) {
        String regex = value.isBlank() ? DEFAULT_TESTS : value.trim();
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--tests is not a regular expression: " + e.getDescription()
                    + " in " + regex, e);
        }
        return regex;
    }

    private static String mode(String value) {
        String mode = value.isBlank() ? "ci" : value.trim();
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("--mode must be one of " + MODES + ", got: " + mode);
        }
        return mode;
    }

    private static List<String> extraArgs(String time, String args) {
        List<String> extra = new ArrayList<>();
        if (!time.isBlank()) {
            if (!time.trim().matches("\\d+")) {
                throw new IllegalArgumentException("--time must be milliseconds, got: " + time);
            }
            extra.addAll(List.of("-time", time.trim()));
        }
        if (!args.isBlank()) {
            extra.addAll(Arrays.asList(args.trim().split("\\s+")));
        }
        for (String arg : extra) {
            if (RESERVED.contains(arg)) {
                throw new IllegalArgumentException("jcstress option " + arg
                        + " is the gate's own (use --tests for -t); remove it from --args");
            }
        }
        return extra;
    }

    private static List<String> properties(String value) {
        List<String> props = new ArrayList<>();
        for (String p : value.split(",")) {
            if (p.isBlank()) {
                continue;
            }
            if (!p.trim().matches("[\\w.]+=.*")) {
                throw new IllegalArgumentException("--property takes name=value pairs, got: " + p);
            }
            props.add(p.trim());
        }
        return props;
    }

    private static Duration seconds(Map<String, String> values, String name, long defaultSeconds) {
        String value = optional(values, name);
        if (value.isBlank()) {
            return Duration.ofSeconds(defaultSeconds);
        }
        if (!value.trim().matches("[1-9]\\d*")) {
            throw new IllegalArgumentException("--" + name + " must be a positive number of seconds, got: " + value);
        }
        return Duration.ofSeconds(Long.parseLong(value.trim()));
    }
}
