package org.concurrencykit.judge.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;

/**
 * Finds a class's submissions under a folder: {@code <student>/<problem>/<File>.java}, or with
 * one problem given, a flat folder of {@code <student>.java} files (or {@code <student>/<File>.java}).
 * Every file found becomes one {@link Found}, judged or not: a file that cannot be judged as it
 * is carries the reason, so nothing is skipped silently. Hidden files and folders (a leading
 * dot) and the output folder are not submissions.
 */
public final class Discovery {
    private Discovery() {
    }

    /** The folder itself is not gradable: missing, not a folder, or without any file (exit 2). */
    public static final class NothingToGrade extends Exception {
        private static final long serialVersionUID = 1L;

        NothingToGrade(String message) {
            super(message);
        }
    }

    /**
     * A file under the graded folder.
     *
     * @param student the student (first folder, or the file's name in a flat folder)
     * @param problem the problem's slug, or the folder name as found when it names no problem
     * @param file    the path relative to the graded folder, with {@code /}
     * @param path    the path to judge (the graded folder as given, resolved)
     * @param bad     why it cannot be judged, or null when it can
     */
    public record Found(String student, String problem, String file, Path path, String bad) {
        /** The row of a file that is not judged. */
        Row badRow() {
            return Row.badInput(student, problem, file, bad);
        }

        /** Student, problem and file: what rows are sorted and sharded by. */
        public String key() {
            return student + "/" + problem + "/" + file;
        }
    }

    /**
     * Every file under {@code dir}, by key. {@code problem} is the one problem of a flat folder, or
     * null for the {@code <student>/<problem>/<File>} layout; {@code exclude} (may be null) is not
     * looked into.
     */
    public static List<Found> find(Path dir, Problem<?, ?> problem, Path exclude) throws NothingToGrade {
        if (!Files.isDirectory(dir)) {
            throw new NothingToGrade((Files.exists(dir) ? "not a folder: " : "no such folder: ") + dir);
        }
        List<Found> found = new ArrayList<>();
        for (Path p : files(dir, exclude)) {
            List<String> parts = new ArrayList<>();
            dir.relativize(p).forEach(part -> parts.add(part.toString()));
            found.add(problem == null ? inLayout(p, parts) : flat(p, parts, problem.info().slug()));
        }
        if (found.isEmpty()) {
            throw new NothingToGrade("no files to grade under " + dir + " (expected "
                    + (problem == null ? "<student>/<problem>/<File>.java" : "<student>.java or <student>/<File>.java")
                    + ")");
        }
        return duplicates(found).stream().sorted(Comparator.comparing(Found::key)).toList();
    }

    private static List<Path> files(Path dir, Path exclude) {
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir))
                    .filter(p -> !hidden(dir.relativize(p)))
                    .filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot list " + dir, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Found inLayout(Path p, List<String> parts) {
        String rel = String.join("/", parts);
        String student = parts.size() > 1 ? parts.get(0) : "(none)";
        String folder = parts.size() > 2 ? parts.get(1) : "";
        if (parts.size() != 3) {
            return new Found(student, folder, rel, p, "not at <student>/<problem>/<File>.java (or give --problem "
                    + "for a flat folder of one problem's solutions)");
        }
        Optional<Problem<?, ?>> problem = Problems.find(folder);
        if (problem.isEmpty()) {
            return new Found(student, folder, rel, p, "unknown problem '" + folder
                    + "': name the folder by a slug or LeetCode number (see judge list)");
        }
        return checked(student, problem.get().info().slug(), rel, p);
    }

    private static Found flat(Path p, List<String> parts, String slug) {
        String rel = String.join("/", parts);
        if (parts.size() > 2) {
            return new Found(parts.get(0), slug, rel, p, "not at <student>.java or <student>/<File>.java");
        }
        String name = parts.get(0);
        String student = parts.size() == 2 ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return checked(student, slug, rel, p);
    }

    private static Found checked(String student, String slug, String rel, Path p) {
        String name = p.getFileName().toString();
        String bad = null;
        if (name.endsWith(".py")) {
            bad = "Python solutions are not judged yet: the judge has no Python runtime";
        } else if (!name.endsWith(".java")) {
            bad = "not a solution file: only .java files are judged";
        } else if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            bad = "cannot read " + rel + (Files.isSymbolicLink(p) && !Files.exists(p) ? " (a link to nothing)" : "");
        }
        return new Found(student, slug, rel, p, bad);
    }

    /** Two or more judgeable solutions of one problem by one student: none is judged, each row says why. */
    private static List<Found> duplicates(List<Found> found) {
        Map<String, List<Found>> byStudentProblem = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.bad() == null) {
                byStudentProblem.computeIfAbsent(f.student() + "\n" + f.problem(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            List<Found> same = f.bad() == null ? byStudentProblem.get(f.student() + "\n" + f.problem()) : List.of();
            if (same.size() > 1) {
                out.add(new Found(f.student(), f.problem(), f.file(), f.path(), same.size() + " solutions of "
                        + f.problem() + " by " + f.student() + " (" + String.join(", ", same.stream().map(Found::file)
                        .toList()) + "): keep one, then grade again"));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
