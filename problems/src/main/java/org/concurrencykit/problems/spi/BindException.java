package org.concurrencykit.problems.spi;

/** The submitted class does not have the shape the problem asks for; the message says what is expected. */
public final class BindException extends Exception {
    private static final long serialVersionUID = 1L;

    public BindException(String message) {
        super(message);
    }
}
