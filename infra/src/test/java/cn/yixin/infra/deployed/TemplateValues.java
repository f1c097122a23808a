package cn.yixin.infra.deployed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves the CloudFormation intrinsics in a synthesized template's values as CloudFormation would for one
 * deployment: stack {@code Yixin} in account 111122223333, region cn-northwest-1 (partition aws-cn, so conditions on
 * the partition are exercised the China way). Physical names are made up, but stable and in each service's ARN form.
 */
final class TemplateValues {

    static final String PARTITION = "aws-cn";
    static final String REGION = "cn-northwest-1";
    static final String ACCOUNT = "111122223333";
    static final String TABLE_NAME = "Yixin-DataTable-TEST";

    private final Map<String, Object> template;
    private final Map<String, Object> parameters;

    /** @param parameters the template's parameters, already resolved (a nested stack's, from its parent) */
    TemplateValues(Map<String, Object> template, Map<String, Object> parameters) {
        this.template = template;
        this.parameters = parameters;
    }

    @SuppressWarnings("unchecked")
    Object resolve(Object v) {
        if (!(v instanceof Map<?, ?> m) || m.size() != 1) {
            return v instanceof List<?> l ? l.stream().map(this::resolve).toList() : v;
        }
        var e = ((Map<String, Object>) m).entrySet().iterator().next();
        Object arg = e.getValue();
        return switch (e.getKey()) {
            case "Ref" -> ref(arg.toString());
            case "Fn::GetAtt" -> getAtt(((List<Object>) arg).get(0).toString(), ((List<Object>) arg).get(1).toString());
            case "Fn::If" -> condition(((List<Object>) arg).get(0).toString())
                    ? resolve(((List<Object>) arg).get(1)) : resolve(((List<Object>) arg).get(2));
            case "Fn::Join" -> {
                List<String> parts = new ArrayList<>();
                for (Object p : (List<Object>) ((List<Object>) arg).get(1)) {
                    parts.add(String.valueOf(resolve(p)));
                }
                yield String.join(((List<Object>) arg).get(0).toString(), parts);
            }
            case "Fn::Sub" -> sub(arg.toString());
            default -> throw new IllegalArgumentException("intrinsic not modelled: " + e.getKey());
        };
    }

    private Object ref(String name) {
        switch (name) {
            case "AWS::Partition": return PARTITION;
            case "AWS::Region": return REGION;
            case "AWS::AccountId": return ACCOUNT;
            case "AWS::URLSuffix": return "amazonaws.com.cn";
            case "AWS::StackName": return "Yixin";
            case "AWS::NoValue": return null;
            default:
        }
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        return switch (type(name)) {
            case "AWS::DynamoDB::Table" -> TABLE_NAME;
            case "AWS::SecretsManager::Secret" -> "arn:" + PARTITION + ":secretsmanager:" + REGION + ":" + ACCOUNT
                    + ":secret:" + name + "-AbCdEf";
            default -> name;
        };
    }

    private Object getAtt(String id, String attribute) {
        if (!attribute.equals("Arn")) {
            throw new IllegalArgumentException("attribute not modelled: " + id + "." + attribute);
        }
        return switch (type(id)) {
            case "AWS::DynamoDB::Table" -> "arn:" + PARTITION + ":dynamodb:" + REGION + ":" + ACCOUNT + ":table/"
                    + TABLE_NAME;
            case "AWS::IAM::Role" -> "arn:" + PARTITION + ":iam::" + ACCOUNT + ":role/Yixin-" + id;
            case "AWS::KMS::Key" -> "arn:" + PARTITION + ":kms:" + REGION + ":" + ACCOUNT + ":key/" + id;
            default -> throw new IllegalArgumentException("ARN of " + type(id) + " not modelled");
        };
    }

    @SuppressWarnings("unchecked")
    private boolean condition(String name) {
        Object c = ((Map<String, Object>) template.get("Conditions")).get(name);
        return evaluate(c);
    }

    @SuppressWarnings("unchecked")
    private boolean evaluate(Object c) {
        var e = ((Map<String, Object>) c).entrySet().iterator().next();
        List<Object> args = (List<Object>) e.getValue();
        return switch (e.getKey()) {
            case "Fn::Not" -> !evaluate(args.get(0));
            case "Fn::Equals" -> String.valueOf(resolve(args.get(0))).equals(String.valueOf(resolve(args.get(1))));
            default -> throw new IllegalArgumentException("condition not modelled: " + e.getKey());
        };
    }

    private String sub(String s) {
        return s.replace("${AWS::Partition}", PARTITION).replace("${AWS::Region}", REGION)
                .replace("${AWS::AccountId}", ACCOUNT).replace("${AWS::StackName}", "Yixin");
    }

    @SuppressWarnings("unchecked")
    private String type(String id) {
        Object r = ((Map<String, Object>) template.get("Resources")).get(id);
        return r == null ? "?" : String.valueOf(((Map<String, Object>) r).get("Type"));
    }
}
