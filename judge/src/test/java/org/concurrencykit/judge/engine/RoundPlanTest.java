package org.concurrencykit.judge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundPlanTest {
    @Test
    void theSameSeedInputAndRoundDrawTheSamePlan() {
        RoundPlan a = RoundPlan.draw(42, "n = 3", 17, 2, 6, 1_000_000);
        RoundPlan b = RoundPlan.draw(42, "n = 3", 17, 2, 6, 1_000_000);
        assertThat(a).isEqualTo(b);
        assertThat(a.laneSeed(1)).isEqualTo(b.laneSeed(1)).isNotEqualTo(a.laneSeed(0));
        assertThat(RoundPlan.draw(43, "n = 3", 17, 2, 6, 1_000_000)).isNotEqualTo(a);
    }

    @Test
    void everyProfileComesUpAndStallsScaleWithTheSolutionsPace() {
        Map<RoundPlan.Profile, Integer> seen = new EnumMap<>(RoundPlan.Profile.class);
        for (int round = 0; round < 1000; round++) {
            RoundPlan p = RoundPlan.draw(7, "nums = [1,2,3]", round, 3, 2, 60_000_000);
            seen.merge(p.profile(), 1, Integer::sum);
            assertThat(p.stallThread()).isBetween(0, 2);
            assertThat(p.stallPause()).isBetween(-1, 1);
            assertThat(p.stallNanos()).isBetween(60_000_000L, 90_000_000L);
        }
        assertThat(seen.get(RoundPlan.Profile.STALL)).isBetween(200, 360);
        assertThat(seen.get(RoundPlan.Profile.CALM)).isBetween(220, 380);
        RoundPlan fast = RoundPlan.draw(7, "x", 10, 3, 2, 1_000);
        assertThat(fast.stallNanos()).isBetween(2_000_000L, 3_000_000L);
        RoundPlan slow = RoundPlan.draw(7, "x", 10, 3, 2, 1_000_000_000L);
        assertThat(slow.stallNanos()).isBetween(250_000_000L, 375_000_000L);
    }

    @Test
    void theFirstRoundsOfACaseHoldBackEachThreadInTurn() {
        for (int round = 1; round <= 3; round++) {
            RoundPlan p = RoundPlan.draw(7, "nums = [1,2,3]", round, 3, 2, 1_000);
            assertThat(p.profile()).isEqualTo(RoundPlan.Profile.STALL);
            assertThat(p.stallThread()).isEqualTo(round - 1);
            assertThat(p.stallPause()).as("held back before it starts").isEqualTo(-1);
            assertThat(p.stallNanos()).isGreaterThanOrEqualTo(RoundPlan.HOLD_BACK_NANOS);
        }
        assertThat(RoundPlan.holdsBack(4, 3)).isFalse();
        assertThat(RoundPlan.holdsBack(0, 3)).isFalse();
    }
}
