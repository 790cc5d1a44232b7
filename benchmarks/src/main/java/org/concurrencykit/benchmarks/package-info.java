/**
 * JMH benchmarks of the handoff problems' reference solutions, in nanoseconds per handoff.
 *
 * <p>One package per problem, named as the problem's package; one benchmark class per
 * problem whose {@code solution} parameter lists the reference solutions (and
 * {@value org.concurrencykit.benchmarks.Handoffs#YOURS} for the user's class). A benchmark
 * operation is one whole small run (fresh threads, fresh instance, callbacks that only
 * count) divided by its handoffs: its outputs minus one. The {@code floor} package measures
 * the machine's own handoff cost the same way, so every solution can be shown as a ratio.
 */
package org.concurrencykit.benchmarks;
