package cn.yixin.domain.measure;

/**
 * What a measure does, in words ({@code text}) and, where the system uses it, as data.
 *
 * @param inspectionOfBasePercent   random inspections sample the subject at most at this share of the plan's base
 *                                  ratio (004 §25(二): A ≤ 30 %, B ≤ 50 %); null = no reduction
 * @param inspectionAtLeastPercent  random inspections sample the subject's group at least at this ratio; 100 = always
 *                                  inspected; null = no increase
 * @param prepaymentPercent         the fund pre-payment ratio the measure sets, as a percentage; null = not stated
 * @param fastTrack                 容缺受理、优先办理、绿色通道 (004 §25(三), 001 §29)
 * @param publicity                 published on the bureau's website (004 §25(一)), or (punishment) made public
 */
public record MeasureEffect(String text, Double inspectionOfBasePercent, Double inspectionAtLeastPercent,
                            Double prepaymentPercent, boolean fastTrack, boolean publicity) {
}
