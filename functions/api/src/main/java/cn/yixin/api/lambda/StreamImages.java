package cn.yixin.api.lambda;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stream records arrive in the Lambda event model; the store reads the SDK's attribute values. */
public final class StreamImages {

    private StreamImages() {
    }

    /** The Lambda event model's attribute values as the SDK's (the store reads SDK items). */
    public static Map<String, AttributeValue> toSdk(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        image.forEach((k, v) -> out.put(k, toSdk(v)));
        return out;
    }

    private static AttributeValue toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
        AttributeValue.Builder b = AttributeValue.builder();
        if (v.getS() != null) {
            return b.s(v.getS()).build();
        }
        if (v.getN() != null) {
            return b.n(v.getN()).build();
        }
        if (v.getBOOL() != null) {
            return b.bool(v.getBOOL()).build();
        }
        if (v.getNULL() != null) {
            return b.nul(v.getNULL()).build();
        }
        if (v.getB() != null) {
            return b.b(SdkBytes.fromByteBuffer(v.getB())).build();
        }
        if (v.getM() != null) {
            return b.m(toSdk(v.getM())).build();
        }
        if (v.getL() != null) {
            return b.l(v.getL().stream().map(StreamImages::toSdk).toList()).build();
        }
        if (v.getSS() != null) {
            return b.ss(v.getSS()).build();
        }
        if (v.getNS() != null) {
            return b.ns(v.getNS()).build();
        }
        if (v.getBS() != null) {
            return b.bs(v.getBS().stream().map(SdkBytes::fromByteBuffer).toList()).build();
        }
        return b.build();
    }
}
