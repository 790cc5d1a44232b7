package org.concurrencykit.judge.engine.modelcheck;

/** The first half of the references the model checker must pass (see {@link ModelCheckedReferences}). */
class ModelCheckedReferencesShard0Test extends ModelCheckedReferences {
    @Override
    int shard() {
        return 0;
    }
}
