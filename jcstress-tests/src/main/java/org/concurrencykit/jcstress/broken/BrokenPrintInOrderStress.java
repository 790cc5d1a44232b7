package org.concurrencykit.jcstress.broken;

import org.concurrencykit.jcstress.printinorder.PrintInOrderStress;
import org.concurrencykit.jcstress.printinorder.PrintInOrderStress.Run;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

/*
    These tests are off by default: the gate's default test filter leaves out the package
    org.concurrencykit.jcstress.broken. Run them to see the gate fail, from the repository
    root:

        $ ./mvnw -B -pl jcstress-tests verify -Djcstress.tests=Broken
            the gate must exit non-zero and report FORBIDDEN outcomes.

        $ java -jar jcstress-tests/target/jcstress.jar -t BrokenPrintInOrderStress
 */

/*
  ----------------------------------------------------------------------------------------------

    The negative control of PrintInOrderStress: the same three shapes, the same outcomes
    (shared through @JCStressMeta, so the claims are exactly the ones the reference solutions
    pass), run against BrokenUnsynchronizedPrintInOrder, which never waits. This is how a wrong
    user solution will be judged: the claims stay FORBIDDEN, not ACCEPTABLE_INTERESTING,
    because the point is that the gate rejects it.

      SecondAndThird  "first, third, second" shows up whenever third()'s actor gets ahead of
                      second()'s.
      FirstAndSecond  "second, first" shows up whenever second()'s actor gets ahead of
                      first()'s.
      AllThree        any order but "first, second, third"; needs 3 CPUs.
 */
public final class BrokenPrintInOrderStress {
    private BrokenPrintInOrderStress() {
    }

    /** Wrapper for the SecondAndThird shape. */
    public static final class SecondAndThird {
        private SecondAndThird() {
        }

        @JCStressTest
        @JCStressMeta(PrintInOrderStress.SecondAndThird.class)
        @State
        public static class Unsynchronized extends Run {
            public Unsynchronized() {
                super(new BrokenUnsynchronizedPrintInOrder());
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }

    /** Wrapper for the FirstAndSecond shape. */
    public static final class FirstAndSecond {
        private FirstAndSecond() {
        }

        @JCStressTest
        @JCStressMeta(PrintInOrderStress.FirstAndSecond.class)
        @State
        public static class Unsynchronized extends Run {
            public Unsynchronized() {
                super(new BrokenUnsynchronizedPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }

    /** Wrapper for the AllThree shape. */
    public static final class AllThree {
        private AllThree() {
        }

        @JCStressTest
        @JCStressMeta(PrintInOrderStress.AllThree.class)
        @State
        public static class Unsynchronized extends Run {
            public Unsynchronized() {
                super(new BrokenUnsynchronizedPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }
}
