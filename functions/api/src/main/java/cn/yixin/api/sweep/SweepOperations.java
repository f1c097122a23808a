package cn.yixin.api.sweep;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.SWEEP;
import static cn.yixin.api.security.Roles.PLATFORM_OPERATOR;

/** The daily sweep, run on request by the platform operator. Part of the Foundation area of {@code OperationCatalog}. */
public final class SweepOperations {

    public static final List<Operation> ALL = List.of(
            new Operation("RunDailySweep", "POST", "/platform/sweeps", List.of(PLATFORM_OPERATOR), SWEEP, false, List.of("gsi1")));

    private SweepOperations() {
    }
}
