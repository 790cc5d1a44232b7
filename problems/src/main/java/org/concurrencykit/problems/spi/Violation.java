package org.concurrencykit.problems.spi;

/**
 * Why a round's event log is wrong.
 *
 * @param expected what a correct run outputs (or the rule it follows)
 * @param actual   what this run output
 * @param message  the first rule broken, in a sentence a learner can act on
 */
public record Violation(String expected, String actual, String message) {
}
