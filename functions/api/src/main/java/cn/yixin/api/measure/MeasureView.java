package cn.yixin.api.measure;

import cn.yixin.domain.measure.Measure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One entry of a published measure list as the API shows it. */
@Serdeable
public record MeasureView(String code, String name, String type, String typeName, String list, String listName,
                          List<String> subjectKinds, Trigger trigger, String basis, Effect effect,
                          @Nullable Integer durationMonths, String publishedBy, int configVersion) {

    @Serdeable
    public record Trigger(List<String> grades, boolean listed, boolean noDishonestActInPeriod) {
    }

    @Serdeable
    public record Effect(String text, @Nullable Double inspectionOfBasePercent,
                         @Nullable Double inspectionAtLeastPercent, @Nullable Double prepaymentPercent,
                         boolean fastTrack, boolean publicity) {
    }

    static MeasureView of(MeasuresInForce.Published p) {
        Measure m = p.measure();
        return new MeasureView(m.code(), m.name(), m.type().name(), m.type().nameZh(), m.list().name(),
                m.list().nameZh(), m.subjectKinds().stream().map(Enum::name).sorted().toList(),
                new Trigger(m.trigger().grades(), m.trigger().listed(), m.trigger().noDishonestActInPeriod()),
                m.basis(), new Effect(m.effect().text(), m.effect().inspectionOfBasePercent(),
                m.effect().inspectionAtLeastPercent(), m.effect().prepaymentPercent(), m.effect().fastTrack(),
                m.effect().publicity()), m.durationMonths(), p.tenant(), p.configVersion());
    }
}
