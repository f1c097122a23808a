package cn.yixin.domain.tenant;

/**
 * The {@code when:} of a severity-count class; every condition given must hold, absent ones are ignored.
 */
public record ClassCondition(Boolean listed, Integer seriousAtLeast, Integer generalAtLeast) {

    public boolean holds(boolean isListed, int seriousActs, int generalActs) {
        return (listed == null || listed == isListed)
                && (seriousAtLeast == null || seriousActs >= seriousAtLeast)
                && (generalAtLeast == null || generalActs >= generalAtLeast);
    }
}
