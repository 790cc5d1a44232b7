package org.concurrencykit.problems.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a known-broken solution and the verdict the judge must give it. The build checks,
 * over repeated runs, that the judge does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Broken {
    /** The verdict the judge must give this solution, every time. */
    Verdict verdict();

    /** The mistake, in one sentence. */
    String why();
}
