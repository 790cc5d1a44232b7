package org.concurrencykit.judge.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds references to classes a problem forbids (the queue problem forbids the JDK's
 * blocking queues) in a submission's compiled classes. A class file names every class it
 * uses in its constant pool, in internal form ({@code java/util/concurrent/ArrayBlockingQueue}),
 * so a byte search over the class files finds every use, imported or fully qualified.
 */
public final class ForbiddenClasses {
    private ForbiddenClasses() {
    }

    /** The forbidden classes {@code submission} refers to, in the order given. */
    public static List<String> used(Submission submission, List<String> forbidden) {
        List<String> found = new ArrayList<>();
        if (forbidden.isEmpty()) {
            return found;
        }
        List<byte[]> classes = new ArrayList<>();
        for (String name : submission.classNames()) {
            Path file = submission.classesDir().resolve(name.replace('.', '/') + ".class");
            try {
                classes.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String f : forbidden) {
            byte[] needle = f.replace('.', '/').getBytes(StandardCharsets.UTF_8);
            if (classes.stream().anyMatch(bytes -> contains(bytes, needle))) {
                found.add(f);
            }
        }
        return found;
    }

    private static boolean continuesName(byte b) {
        char c = (char) (b & 0xff);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            int end = i + needle.length;
            if (end == hay.length || !continuesName(hay[end])) {
                return true;
            }
        }
        return false;
    }
}
