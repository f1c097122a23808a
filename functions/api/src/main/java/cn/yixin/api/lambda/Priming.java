package cn.yixin.api.lambda;

import cn.yixin.api.problem.Problem;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.tenancy.TenantsLocation;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.crac.OrderedResource;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;
import org.crac.Context;
import org.crac.Resource;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Does once, during the function's init phase, the work the first request would otherwise pay for: the JSON
 * serializers of every Yixin type, the JWT parse / signature / claims path, the tenant-file parser and the working-day
 * calendars. With SnapStart the init phase ends in a snapshot, so all of this is restored already done; without it
 * (regions that lack SnapStart) it runs in the init phase, which Lambda gives full CPU.
 *
 * <p>Runs on {@link StartupEvent} (the handler builds its context during init) and, as a CRaC resource, before a
 * checkpoint if it has not run yet. It makes no network call, holds no credentials and trusts nothing new: the JWT it
 * verifies ({@code priming-jwt.json} beside this class) was signed once by a throwaway RSA key whose private half was
 * discarded; it expired in 1970 and its issuer is unknown to {@code TrustedIssuers}, so the real validator refuses it
 * exactly as it refuses a forged token. (Generating a key here instead cost ~3 s of init under C1-only compilation.)
 * Failures are logged and ignored: priming is an optimisation, never a reason not to start; {@link #failedSteps()}
 * says which steps failed.
 *
 * <p>On in Lambda ({@code function} environment) unless {@code yixin.priming.enabled=false}.
 */
@Singleton
@Requires(env = "function")
@Requires(property = "yixin.priming.enabled", notEquals = "false")
public class Priming implements ApplicationEventListener<StartupEvent>, OrderedResource {

    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
    static final String PRIMING_ISSUER = "urn:yixin:priming:untrusted";

    private final JsonMapper json;
    private final SerdeRegistry serde;
    private final List<TokenValidator<HttpRequest<?>>> tokenValidators;
    private final TenantDirectory tenants;
    private final TenantsLocation location;
    private final String audience;
    private final AtomicBoolean done = new AtomicBoolean();
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

    public Priming(JsonMapper json, SerdeRegistry serde, List<TokenValidator<HttpRequest<?>>> tokenValidators,
                   TenantDirectory tenants, TenantsLocation location,
                   @Value("${yixin.identity.audience:yixin}") String audience) {
        this.json = json;
        this.serde = serde;
        this.tokenValidators = tokenValidators;
        this.tenants = tenants;
        this.location = location;
        this.audience = audience;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        prime();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing primed holds time, randomness or credentials that a restored copy must renew.
    }

    /** Idempotent; returns how long it took in ms (0 when it had already run). */
    public long prime() {
        if (!done.compareAndSet(false, true)) {
            return 0;
        }
        long start = System.nanoTime();
        long jsonMs = step("json", this::primeJson);
        long jwtMs = step("jwt", this::primeJwt);
        long filesMs = step("tenant files", this::primeTenantFiles);
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info("Primed in {} ms (JSON {} ms, JWT {} ms, tenant files {} ms)", ms, jsonMs, jwtMs, filesMs);
        return ms;
    }

    public boolean primed() {
        return done.get();
    }

    /** The steps that failed (logged as warnings); empty when priming did all it meant to. */
    public List<String> failedSteps() {
        return List.copyOf(failed);
    }

    /** Builds the bean (de)serializers of every introspected Yixin type, then round-trips a problem document. */
    @SuppressWarnings("unchecked")
    void primeJson() throws Exception {
        Serializer.EncoderContext enc = serde.newEncoderContext(null);
        Deserializer.DecoderContext dec = serde.newDecoderContext(null);
        for (Class<?> type : BeanIntrospector.SHARED.findIntrospectedTypes(ref -> ref.getName().startsWith("cn.yixin."))) {
            try {
                Argument<Object> arg = Argument.of((Class<Object>) type);
                serde.findSerializer(arg).createSpecific(enc, arg);
                serde.findDeserializer(arg).createSpecific(dec, arg);
            } catch (Exception | LinkageError notSerde) {
                LOG.debug("No serde for {}: {}", type.getName(), notSerde.toString());
            }
        }
        Problem problem = new Problem("about:blank", "Priming", 400, "PRIMING", "预热", null,
                Map.of("zh", "预热", "en", "priming"), "/prime", Map.of("at", Instant.EPOCH.toString()));
        byte[] bytes = json.writeValueAsBytes(problem);
        json.readValue(bytes, Argument.of(Problem.class));
        json.readValue(bytes, Argument.mapOf(String.class, Object.class));
    }

    /** Verifies the pre-signed token with its public key, then lets the real validator refuse it. */
    void primeJwt() throws Exception {
        Map<String, Object> fixture = json.readValue(resource("priming-jwt.json"),
                Argument.mapOf(String.class, Object.class));
        RSAKey key = RSAKey.parse(json.writeValueAsString(fixture.get("jwk")));
        String token = (String) fixture.get("token");
        if (!SignedJWT.parse(token).verify(new RSASSAVerifier(key))) {
            throw new IllegalStateException("the priming token did not verify with its key");
        }
        if (!PRIMING_ISSUER.equals(SignedJWT.parse(token).getJWTClaimsSet().getIssuer())) {
            throw new IllegalStateException("the priming token names another issuer than " + PRIMING_ISSUER);
        }
        HttpRequest<?> request = HttpRequest.GET("/prime").bearerAuth(token);
        for (TokenValidator<HttpRequest<?>> validator : tokenValidators) {
            if (firstOf(validator.validateToken(token, request)) != null) {
                // Would mean a token from an unknown issuer was accepted: fail loudly rather than hide it.
                throw new IllegalStateException("a token from an untrusted issuer was accepted by " + validator);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Priming.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Loads every working-day calendar and parses one tenant file, as the first tenant request would. */
    void primeTenantFiles() throws Exception {
        tenants.calendarNames().forEach(tenants::calendar);
        Path dir = location.tenantsDir();
        try (Stream<Path> files = Files.list(dir)) {
            Path first = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().findFirst()
                    .orElse(null);
            if (first != null) {
                tenants.parse(first.getFileName().toString(), Files.readString(first));
            }
        }
    }

    private static Authentication firstOf(Publisher<Authentication> publisher) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Authentication[] out = new Authentication[1];
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(Authentication a) {
                out[0] = a;
            }

            @Override
            public void onError(Throwable t) {
                latch.countDown();
            }

            @Override
            public void onComplete() {
                latch.countDown();
            }
        });
        latch.await(5, TimeUnit.SECONDS);
        return out[0];
    }

    private long step(String what, Step step) {
        long start = System.nanoTime();
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            failed.add(what);
            LOG.warn("Priming {} failed (the first request will pay for it): {}", what, e.toString());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
