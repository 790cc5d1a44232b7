package org.concurrencykit.judge.engine.modelcheck;

/** The second half of the references the model checker must pass (see {@link ModelCheckedReferences}). */
class ModelCheckedReferencesShard1Test extends ModelCheckedReferences {
    @Override
    int shard() {
        return 1;
    }
}
