package org.concurrencykit.judge.engine.modelcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concurrencykit.judge.engine.StressEngine;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.TestCase;

/**
 * Which engines judge a submission, and how their findings combine: a failure from either
 * rejects it, and the report names the engine that found it.
 */
public enum Engines {
    /** Adversarial stress only ({@code judge run}). */
    STRESS,
    /** Stress, then the model checker on a few small cases ({@code judge submit}). */
    STRESS_THEN_MODELCHECK,
    /** The model checker alone, falling back to stress when it cannot run ({@code judge explain}). */
    MODELCHECK;

    /** The form the child JVM's command line takes. */
    public String arg() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@link #arg()}; null is {@link #STRESS}. */
    public static Engines parse(String arg) {
        return arg == null ? STRESS : valueOf(arg.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether the model checker runs at all. */
    public boolean modelChecks() {
        return this != STRESS;
    }

    /**
     * Judges with these engines.
     *
     * @param stressFactory  makes instances for stress (may reload the classes every round)
     * @param plainFactory   makes instances for the model checker (one set of classes:
     *                       Lincheck restores static state between executions itself)
     * @param userClasses    every class of the submission
     */
    public <S, C extends TestCase> Result judge(Problem<S, C> problem, SolutionFactory<S> stressFactory,
                                                SolutionFactory<S> plainFactory, List<Class<?>> userClasses,
                                                StressEngine stress, ModelCheckEngine modelCheck)
            throws InterruptedException {
        if (this == STRESS) {
            return stress.judge(problem, stressFactory);
        }
        if (this == MODELCHECK) {
            ModelCheckEngine.Report mc = modelCheck.judge(problem, plainFactory, userClasses);
            if (mc.gaveUp() == null && mc.unconfirmed() == null) {
                return mc.result();
            }
            if (mc.gaveUp() == null && !mc.result().verdict().accepted()) {
                return mc.result();
            }
            Result s = stress.judge(problem, stressFactory);
            return with(s, s, mc.result().notes(), mc.gaveUp() != null
                    ? "the model checker could not judge this solution, so stress did"
                    : "stress ran to confirm the model checker's possible hang");
        }
        Result s = stress.judge(problem, stressFactory);
        if (!s.verdict().accepted()) {
            return s;
        }
        ModelCheckEngine.Report mc = modelCheck.judge(problem, plainFactory, userClasses);
        Result verdict = mc.result().verdict().accepted() ? s : mc.result();
        return with(verdict, s, mc.result().notes(), null);
    }

    /** {@code verdict}'s verdict and failure, with stress's counts and outputs and everyone's notes. */
    private static Result with(Result verdict, Result stress, List<String> modelCheckNotes, String first) {
        List<String> notes = new ArrayList<>();
        if (first != null) {
            notes.add(first);
        }
        notes.addAll(stress.notes());
        notes.addAll(modelCheckNotes);
        return new Result(stress.problem(), verdict.verdict(), stress.seed(), stress.rounds(), stress.cases(),
                stress.elapsedMillis(), verdict.failure(), stress.outputs(), notes);
    }
}
