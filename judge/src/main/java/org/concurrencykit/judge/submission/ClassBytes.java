package org.concurrencykit.judge.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission's class files, read once, from which any number of fresh class loaders can
 * be made: each loader defines the classes anew, so their static fields start over. The
 * child JVM uses one loader per round when the solution has static state, so that rounds
 * cannot leak state into each other.
 */
public final class ClassBytes {
    private final Map<String, byte[]> classes = new HashMap<>();

    /** Reads every class of {@code submission}. */
    public ClassBytes(Submission submission) {
        for (String name : submission.classNames()) {
            Path file = submission.classesDir().resolve(name.replace('.', '/') + ".class");
            try {
                classes.put(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new loader of these classes over the judge's own. */
    public ClassLoader newLoader() {
        return new ClassLoader("submission", ClassBytes.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        byte[] bytes = classes.get(name);
                        c = bytes == null ? super.loadClass(name, false) : defineClass(name, bytes, 0, bytes.length);
                    }
                    if (resolve) {
                        resolveClass(c);
                    }
                    return c;
                }
            }
        };
    }

    /**
     * The static fields of the submission's classes that can hold state between rounds:
     * every static field except constants (static final primitives and strings). Reading
     * them does not initialize the classes.
     */
    public List<String> staticState(ClassLoader loader) {
        return classes.keySet().stream().sorted().flatMap(name -> {
            Class<?> c = Submission.load(loader, name);
            return java.util.Arrays.stream(c.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !constant(f))
                    .map(f -> c.getSimpleName() + "." + f.getName());
        }).toList();
    }

    private static boolean constant(Field f) {
        return Modifier.isFinal(f.getModifiers()) && (f.getType().isPrimitive() || f.getType() == String.class);
    }
}
