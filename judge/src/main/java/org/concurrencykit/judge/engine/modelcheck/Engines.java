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
    /**
     * The model checker first, for its interleaving ({@code judge explain}); then stress, when
     * the model checker found nothing or could not run, so that the verdict is submit's.
     */
    MODELCHECK,
    /**
     * The model checker alone, accepted when it finds nothing: what the second child JVM of
     * a {@link #STRESS_THEN_MODELCHECK} judgement runs while the first runs stress.
     */
    MODELCHECK_ONLY;

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
        if (this == MODELCHECK_ONLY) {
            return modelCheck.judge(problem, plainFactory, userClasses).result();
        }
        if (this == MODELCHECK) {
            ModelCheckEngine.Report mc = modelCheck.judge(problem, plainFactory, userClasses);
            if (mc.gaveUp() == null && !mc.result().verdict().accepted()) {
                return mc.result();
            }
            // Never "accepted" for what submit rejects: stress judges what the model checker passed.
            Result s = stress.judge(problem, stressFactory);
            String why = mc.gaveUp() != null ? "the model checker could not judge this solution, so stress did"
                    : mc.unconfirmed() != null ? "stress ran to confirm the model checker's possible hang"
                    : !s.verdict().accepted() ? "the model checker found no failing interleaving among those it "
                    + "explored, but stress found this failure: there is no interleaving to show (the model checker "
                    + "has its limits, listed in README.md)"
                    : null;
            if (why != null) {
                return with(s, s, mc.result().notes(), why);
            }
            List<String> notes = new ArrayList<>(mc.result().notes());
            notes.add(String.format("stress accepted it too: %d rounds over %d cases", s.rounds(), s.cases()));
            notes.addAll(s.notes());
            Result r = mc.result();
            return new Result(r.problem(), r.verdict(), r.seed(), r.rounds(), r.cases(),
                    r.elapsedMillis() + s.elapsedMillis(), null, s.outputs(), notes);
        }
        Result s = stress.judge(problem, stressFactory);
        if (!s.verdict().accepted()) {
            return s;
        }
        return combine(s, modelCheck.judge(problem, plainFactory, userClasses).result());
    }

    /**
     * The verdict of {@link #STRESS_THEN_MODELCHECK} from its two engines' results: stress's
     * failure when it failed (the model checker's result is then not needed), else the model
     * checker's failure, else accepted; stress's counts and outputs, everyone's notes.
     */
    public static Result combine(Result stress, Result modelCheck) {
        if (!stress.verdict().accepted()) {
            return stress;
        }
        Result verdict = modelCheck.verdict().accepted() ? stress : modelCheck;
        return with(verdict, stress, modelCheck.notes(), null);
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
