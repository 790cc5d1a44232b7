package org.concurrencykit.judge.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.concurrencykit.problems.spi.BindException;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.SolutionFactory;

/**
 * A compiled submission and the class in it that solves the problem: one implementing the
 * kit's interface, or else one named as LeetCode names it. Classes are loaded without
 * being initialized, so nothing of the user's runs in the process that loads them here.
 *
 * @param classesDir where the classes are
 * @param classNames every class compiled from the file
 * @param className  the solution class
 */
public record Submission(Path classesDir, List<String> classNames, String className) {

    /**
     * Finds the solution class among {@code compiled} and checks it binds to the problem.
     *
     * @throws InputException when no class fits, or its constructor or methods do not
     */
    public static Submission locate(Compiler.Compiled compiled, Problem<?, ?> problem, Path file)
            throws InputException {
        try (URLClassLoader loader = loader(compiled.classesDir())) {
            Class<?> chosen = choose(compiled.classNames(), loader, problem, file);
            SolutionFactory.bind(chosen, problem.solutionType(), problem.constructorTypes());
            return new Submission(compiled.classesDir(), compiled.classNames(), chosen.getName());
        } catch (BindException e) {
            throw new InputException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> choose(List<String> names, ClassLoader loader, Problem<?, ?> problem, Path file)
            throws InputException {
        String wanted = problem.info().className();
        List<Class<?>> implementing = new ArrayList<>();
        Class<?> named = null;
        List<String> topLevel = new ArrayList<>();
        for (String name : names) {
            if (name.contains("$")) {
                continue;
            }
            Class<?> c = load(loader, name);
            topLevel.add(c.getSimpleName());
            if (problem.solutionType().isAssignableFrom(c) && !c.isInterface()) {
                implementing.add(c);
            }
            if (c.getSimpleName().equals(wanted)) {
                named = c;
            }
        }
        if (implementing.size() == 1) {
            return implementing.get(0);
        }
        if (named != null) {
            return named;
        }
        if (!implementing.isEmpty()) {
            throw new InputException(file + " has several classes implementing " + problem.solutionType().getSimpleName()
                    + "; keep one, or name it " + wanted);
        }
        throw new InputException("no class named " + wanted + " (or implementing "
                + problem.solutionType().getName() + ") in " + file + "; found: "
                + (topLevel.isEmpty() ? "no classes" : "class " + String.join(", class ", topLevel)));
    }

    /** A fresh loader of the submission's classes over the judge's own. */
    public static URLClassLoader loader(Path classesDir) {
        try {
            return new URLClassLoader("submission", new URL[] {classesDir.toUri().toURL()},
                    Submission.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Loads a class of the submission without initializing it. */
    public static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class vanished: " + name, e);
        }
    }

    /** Tells the submission's classes (stack frames worth showing) from all others. */
    public Predicate<String> userClasses() {
        List<String> names = List.copyOf(classNames);
        return names::contains;
    }
}
