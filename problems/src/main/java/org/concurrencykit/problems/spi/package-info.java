/**
 * The seam between problems and the judge.
 *
 * <p>A problem ({@link org.concurrencykit.problems.spi.Problem}) says what a run looks like:
 * which test cases exist, how one round starts the solution's threads and hands them
 * recording callbacks, and which event logs are correct. The judge says nothing about any
 * particular problem: it compiles, binds, isolates, schedules adversarially, detects hangs
 * and reports. Nothing in this module imports from the judge.
 */
package org.concurrencykit.problems.spi;
