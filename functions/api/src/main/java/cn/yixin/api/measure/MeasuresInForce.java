package cn.yixin.api.measure;

import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.measure.Measure;
import cn.yixin.domain.measure.MeasureCatalog;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures in force for a tenant (R-7.3, 004 §28): its ancestors' lists at their current configuration version,
 * then its own, each with the version of the file that publishes it, so an application can cite it.
 */
@Singleton
public class MeasuresInForce {

    /** One measure and the configuration (tenant, version) that publishes it. */
    public record Published(Measure measure, String tenant, int configVersion) {
    }

    private final TenantDirectory directory;

    public MeasuresInForce(TenantDirectory directory) {
        this.directory = directory;
    }

    public List<Published> of(String tenantId) {
        ActiveConfig active = directory.current(tenantId);
        List<Published> out = new ArrayList<>();
        if (active.config().parent() != null) {
            out.addAll(of(active.config().parent()));
        }
        for (Measure m : MeasureCatalog.own(active.config())) {
            out.add(new Published(m, tenantId, active.version()));
        }
        return out;
    }
}
