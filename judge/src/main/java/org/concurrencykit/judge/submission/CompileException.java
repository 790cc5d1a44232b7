package org.concurrencykit.judge.submission;

import java.util.List;

/** The submission does not compile; {@link #diagnostics()} are javac's, with the user's file and lines. */
public final class CompileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Not serialized with the exception; exceptions of the judge never cross a stream. */
    private final transient List<String> diagnostics;

    public CompileException(String message, List<String> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** javac's errors, each as {@code file:line: error: message} followed by the source line and a caret. */
    public List<String> diagnostics() {
        return diagnostics;
    }
}
