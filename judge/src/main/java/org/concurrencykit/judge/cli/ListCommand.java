package org.concurrencykit.judge.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.problems.spi.Primitive;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import org.concurrencykit.problems.spi.Track;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code judge list}: the problems, one line each, grouped by track. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {
        "List the problems, grouped by track (LeetCode's, then the classic ones), with the primitives their "
                + "reference solutions teach."})
final class ListCommand implements Callable<Integer> {
    /** How the list is written. */
    enum Format { text, markdown, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--primitive", paramLabel = "<primitive>",
            description = "only problems with a reference solution using this primitive, or a family of them "
                    + "(semaphore, countdownlatch, atomic, lock...)")
    String primitive;

    @CommandLine.Option(names = "--track", paramLabel = "<track>",
            description = "only this track: ${COMPLETION-CANDIDATES}")
    Track track;

    @CommandLine.Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text (default), markdown (the README's problem table), or json (for tools: each "
                    + "problem with its references and their sources in the repository)")
    Format format;

    /** A problem as JSON: slug, number, title, track, primitives, references (class and source path). */
    static Map<String, Object> json(Problem<?, ?> p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", p.info().slug());
        m.put("number", p.info().number());
        m.put("title", p.info().title());
        m.put("track", p.track().name().toLowerCase(Locale.ROOT));
        m.put("primitives", p.primitives().stream().map(Primitive::id).toList());
        m.put("references", p.references().stream().map(r -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("class", r.getName());
            ref.put("source", "problems/src/main/java/" + r.getName().replace('.', '/') + ".java");
            return ref;
        }).toList());
        return m;
    }

    @Override
    public Integer call() {
        List<Primitive> wanted = List.of(Primitive.values());
        if (primitive != null) {
            wanted = Arrays.stream(Primitive.values()).filter(p -> p.matches(primitive)).toList();
            if (wanted.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no primitive matches '" + primitive
                        + "'; known: " + Arrays.stream(Primitive.values()).map(Primitive::id)
                        .collect(Collectors.joining(", ")));
            }
        }
        List<Primitive> filter = wanted;
        List<Problem<?, ?>> shown = Problems.all().stream()
                .filter(p -> track == null || p.track() == track)
                .filter(p -> p.primitives().stream().anyMatch(filter::contains))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            out.print(ProblemTable.markdown(shown));
        } else if (format == Format.json) {
            out.println(Json.write(shown.stream().map(ListCommand::json).toList()));
        } else {
            out.print(ProblemTable.text(shown));
            if (shown.isEmpty()) {
                out.println("no problem matches");
            }
        }
        out.flush();
        return ExitCodes.ACCEPTED;
    }
}
