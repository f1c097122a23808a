package cn.yixin.bench;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A DynamoDbClient that asks for ReturnConsumedCapacity=TOTAL on every request that takes it and adds up what comes
 * back, per operation. DynamoDB Local computes consumed capacity by the same item-size rules as the service.
 */
public final class CountingDynamo implements InvocationHandler {

    private final DynamoDbClient target;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, DoubleAdder> capacity = new ConcurrentHashMap<>();
    public volatile boolean counting;

    private CountingDynamo(DynamoDbClient target) {
        this.target = target;
    }

    public static CountingDynamo wrap(DynamoDbClient target) {
        return new CountingDynamo(target);
    }

    public DynamoDbClient client() {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[]{DynamoDbClient.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.isDefault() && args != null && args.length == 1 && !(args[0] instanceof DynamoDbRequest)) {
            return InvocationHandler.invokeDefault(proxy, method, args); // consumer form: builds the request, calls back
        }
        Object[] a = args;
        if (counting && args != null && args.length == 1 && args[0] instanceof DynamoDbRequest r) {
            a = new Object[]{withCapacity(r)};
        }
        Object result;
        try {
            result = method.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (counting && a != null && a.length == 1 && a[0] instanceof DynamoDbRequest) {
            String op = method.getName();
            calls.computeIfAbsent(op, k -> new LongAdder()).increment();
            capacity.computeIfAbsent(op, k -> new DoubleAdder()).add(consumed(result));
        }
        return result;
    }

    private static Object withCapacity(DynamoDbRequest r) {
        try {
            Object builder = r.getClass().getMethod("toBuilder").invoke(r);
            Method m = builder.getClass().getMethod("returnConsumedCapacity", ReturnConsumedCapacity.class);
            m.setAccessible(true);
            m.invoke(builder, ReturnConsumedCapacity.TOTAL);
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return build.invoke(builder);
        } catch (NoSuchMethodException notApplicable) {
            return r;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double consumed(Object response) {
        try {
            Object c = response.getClass().getMethod("consumedCapacity").invoke(response);
            if (c instanceof ConsumedCapacity cc) {
                return cc.capacityUnits() == null ? 0 : cc.capacityUnits();
            }
            if (c instanceof Collection<?> list) {
                double sum = 0;
                for (Object o : list) {
                    ConsumedCapacity cc = (ConsumedCapacity) o;
                    sum += cc.capacityUnits() == null ? 0 : cc.capacityUnits();
                }
                return sum;
            }
        } catch (ReflectiveOperationException none) {
            // operation without consumed capacity
        }
        return 0;
    }

    public void reset() {
        calls.clear();
        capacity.clear();
    }

    public Map<String, Long> calls() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public Map<String, Double> capacity() {
        Map<String, Double> out = new TreeMap<>();
        capacity.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public double totalCapacity() {
        return capacity.values().stream().mapToDouble(DoubleAdder::sum).sum();
    }
}
