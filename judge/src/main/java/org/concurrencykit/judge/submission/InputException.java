package org.concurrencykit.judge.submission;

/** Bad input from the user (a missing file, no class of the expected shape...): exit code 2, one line. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
