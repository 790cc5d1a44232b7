package org.concurrencykit.judge.cli;

/** The judge's exit codes, the same for every command and listed in {@code --help}. */
public final class ExitCodes {
    /** The solution was accepted (or the command did what was asked). */
    public static final int ACCEPTED = 0;
    /** The solution was rejected: any failing verdict, compile errors included. */
    public static final int REJECTED = 1;
    /** Bad usage or input: unknown problem, missing file, no class of the expected shape. */
    public static final int USAGE = 2;
    /** {@code judge grade}: some submission could not be judged (the judge failed on it, or ran past its deadline). */
    public static final int NOT_ALL_JUDGED = 3;
    /** The judge itself failed. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
