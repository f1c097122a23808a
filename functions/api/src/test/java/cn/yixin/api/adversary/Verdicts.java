package cn.yixin.api.adversary;

import cn.yixin.api.testing.CatalogEnforcingDynamoDbClient;
import cn.yixin.api.testing.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * What every adversarial suite asks of an answer to a request it made to fail: a 4xx, as application/problem+json with
 * a stable code, and nothing written. Failures are collected and reported together, so one run shows all of them.
 */
final class Verdicts {

    /** Requests and failures per suite over the run, printed by each suite at its end (docs/security.md counts). */
    static final java.util.Map<String, int[]> TALLY = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<String> failures = new ArrayList<>();
    private int requests;

    /** Adds this verdict's counts to its suite's tally. */
    void tally(Class<?> suite) {
        int[] t = TALLY.computeIfAbsent(suite.getSimpleName(), k -> new int[2]);
        synchronized (t) {
            t[0] += requests;
            t[1] += failures.size();
        }
    }

    static void print(Class<?> suite) {
        int[] t = TALLY.getOrDefault(suite.getSimpleName(), new int[2]);
        System.out.println("adversarial " + suite.getSimpleName() + ": " + t[0] + " requests, " + t[1] + " failures");
    }

    /** The request just sent was bad (or not allowed): it must be refused with a problem and must have written nothing. */
    void refused(String what, Response r, int... allowedStatuses) {
        requests++;
        List<String> writes = CatalogEnforcingDynamoDbClient.businessWrites();
        String problem = problemOf(r);
        boolean statusOk = allowedStatuses.length == 0 ? r.status() >= 400 && r.status() < 500 : contains(allowedStatuses, r.status());
        if (!statusOk || problem != null || !writes.isEmpty()) {
            failures.add(what + " -> " + r.status() + (problem == null ? "" : " [" + problem + "]")
                    + (writes.isEmpty() ? "" : " WROTE " + writes) + " " + abbreviate(r.body()));
        }
    }

    /** Records a failure of the suite's own making. */
    void fail(String what) {
        failures.add(what);
    }

    void counted() {
        requests++;
    }

    int requests() {
        return requests;
    }

    List<String> failures() {
        return failures;
    }

    String report() {
        return failures.size() + " failures in " + requests + " requests:\n  " + String.join("\n  ", failures.subList(0,
                Math.min(failures.size(), 80)));
    }

    /** Null when the answer is a proper problem document, else what is wrong with it. */
    static String problemOf(Response r) {
        String type = r.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "content-type " + type;
        }
        try {
            Object code = r.at("code");
            Object zh = r.at("messages.zh");
            Object en = r.at("messages.en");
            if (code == null || zh == null || en == null) {
                return "problem without code or zh/en messages";
            }
            if (!code.toString().matches("[A-Z][A-Z0-9_]+")) {
                return "unstable code " + code;
            }
        } catch (RuntimeException e) {
            return "body is not JSON";
        }
        return null;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 240 ? s.substring(0, 240) + "…" : s;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
