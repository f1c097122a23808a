package cn.yixin.domain.tenant;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.config.ConfigProblem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tenant file or operator upload was refused, with every problem found in it (a tenant with any error is
 * rejected whole). {@code details().problems} is the same list as maps {location, message} for the HTTP layer.
 */
public class TenantConfigException extends DomainException {

    private final List<ConfigProblem> problems;

    public TenantConfigException(List<ConfigProblem> problems) {
        super(Kind.INVALID, "TENANT_CONFIG_INVALID",
                "租户配置有 " + problems.size() + " 处错误，整份配置未被采用：" + summary(problems),
                "Tenant configuration has " + problems.size() + " problem(s) and was rejected whole: " + summary(problems),
                Map.of("problems", problems.stream().map(ConfigProblem::toMap).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String summary(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; "));
    }
}
