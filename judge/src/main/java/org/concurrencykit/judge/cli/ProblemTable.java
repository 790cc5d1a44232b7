package org.concurrencykit.judge.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.concurrencykit.problems.spi.Primitive;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Track;

/**
 * The problem list as {@code judge list} prints it: one section per track, one row per
 * problem. The Markdown form is the README's problem table, which a test keeps equal to it.
 */
final class ProblemTable {
    private ProblemTable() {
    }

    /** Aligned plain text, a heading per track. */
    static String text(List<Problem<?, ?>> problems) {
        int slug = Math.max(4, problems.stream().mapToInt(p -> p.info().slug().length()).max().orElse(0));
        int title = Math.max(5, problems.stream().mapToInt(p -> p.info().title().length()).max().orElse(0));
        String row = "%-6s %-" + slug + "s  %-" + title + "s  %-10s %-5s  %s%n";
        StringBuilder sb = new StringBuilder();
        for (Track t : Track.values()) {
            List<Problem<?, ?>> in = inTrack(problems, t);
            if (in.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : System.lineSeparator())
                    .append(t.label()).append(" (").append(in.size()).append(')').append(System.lineSeparator());
            sb.append(String.format(row, "#", "slug", "title", "difficulty", "roles", "primitives"));
            for (Problem<?, ?> p : in) {
                ProblemInfo i = p.info();
                sb.append(String.format(row, number(i), i.slug(), i.title(), i.difficulty().label(),
                        i.threads().size(), primitives(p)));
            }
        }
        return sb.toString();
    }

    /** GitHub Markdown: a {@code ###} heading and a table per track. */
    static String markdown(List<Problem<?, ?>> problems) {
        StringBuilder sb = new StringBuilder();
        for (Track t : Track.values()) {
            List<Problem<?, ?>> in = inTrack(problems, t);
            if (in.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append("### ").append(t.label()).append("\n\n");
            sb.append("| # | slug | title | difficulty | thread roles | reference solutions (one primitive each) |\n");
            sb.append("|---|---|---|---|---|---|\n");
            for (Problem<?, ?> p : in) {
                ProblemInfo i = p.info();
                sb.append("| ").append(number(i)).append(" | `").append(i.slug()).append("` | ").append(i.title())
                        .append(" | ").append(i.difficulty().label()).append(" | ").append(i.threads().size())
                        .append(" | ").append(primitives(p)).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static List<Problem<?, ?>> inTrack(List<Problem<?, ?>> problems, Track t) {
        return problems.stream().filter(p -> p.track() == t).toList();
    }

    private static String number(ProblemInfo i) {
        return i.number() > 0 ? Integer.toString(i.number()) : "-";
    }

    private static String primitives(Problem<?, ?> p) {
        return p.primitives().stream().map(Primitive::label).collect(Collectors.joining(", "));
    }
}
