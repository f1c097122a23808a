package cn.yixin.api.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A what-if: either a stored configuration version, or a draft tenant document (YAML or JSON text, the tenant-file
 * schema, docs/tenant-file.md) that is parsed and checked exactly like an update but never stored.
 */
@Serdeable
public record WhatIfRequest(@Nullable @Min(1) Integer configVersion, @Nullable String document,
                            @Nullable @Min(0) @Max(5000) Integer maxMovers) {
}
