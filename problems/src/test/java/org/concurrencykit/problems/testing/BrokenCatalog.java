package org.concurrencykit.problems.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;

/**
 * Finds the known-broken solutions: every class annotated {@link Broken} in the
 * {@code broken} subpackage of a problem's package, from test classes on the class path
 * (a directory or the problems test jar).
 */
public final class BrokenCatalog {
    private BrokenCatalog() {
    }

    /** A broken solution and the problem it is for. */
    public record Entry(Problem<?, ?> problem, Class<?> type, Broken broken) {
        /** Where its source lives, relative to the repository root. */
        public Path source() {
            return Path.of("problems", "src", "test", "java", type.getName().replace('.', '/') + ".java");
        }

        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    /**
     * The system property that narrows the build's per-problem checks to some problems while
     * one is being written: slugs, comma-separated ({@code -Dkit.problems=building-h2o}).
     */
    public static final String FILTER = "kit.problems";

    /** The registered problems, or those {@link #FILTER} names when it is set. */
    public static List<Problem<?, ?>> problems() {
        String filter = System.getProperty(FILTER, "").strip();
        if (filter.isEmpty()) {
            return Problems.all();
        }
        List<String> slugs = List.of(filter.split("\\s*,\\s*"));
        return Problems.all().stream().filter(p -> slugs.contains(p.info().slug())).toList();
    }

    /** Whether {@link #FILTER} narrows the checks. */
    public static boolean filtered() {
        return !System.getProperty(FILTER, "").isBlank();
    }

    /** Every broken solution of every registered problem (or of the filtered ones), sorted by problem then name. */
    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (Problem<?, ?> p : problems()) {
            for (Class<?> c : classesIn(p.getClass().getPackageName() + ".broken")) {
                Broken b = c.getAnnotation(Broken.class);
                if (b != null) {
                    entries.add(new Entry(p, c, b));
                }
            }
        }
        return entries;
    }

    /** Top-level classes of a package on the class path. */
    static List<Class<?>> classesIn(String pkg) {
        String dir = pkg.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = BrokenCatalog.class.getClassLoader().getResources(dir);
            for (URL url : Collections.list(roots)) {
                if (url.getProtocol().equals("jar")) {
                    fromJar(url, dir, names);
                } else {
                    fromDirectory(Path.of(url.toURI()), pkg, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String n : names.stream().distinct().sorted().toList()) {
            try {
                classes.add(Class.forName(n, false, BrokenCatalog.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    private static void fromDirectory(Path dir, String pkg, List<String> names) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - ".class".length())));
        }
    }

    private static void fromJar(URL url, String dir, List<String> names) throws IOException {
        JarURLConnection conn = (JarURLConnection) url.openConnection();
        conn.setUseCaches(false);
        try (JarFile jar = conn.getJarFile()) {
            for (JarEntry e : Collections.list(jar.entries())) {
                String n = e.getName();
                if (n.startsWith(dir + "/") && n.endsWith(".class") && !n.contains("$")
                        && n.indexOf('/', dir.length() + 1) < 0) {
                    names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
    }
}
