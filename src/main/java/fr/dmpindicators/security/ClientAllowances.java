package fr.dmpindicators.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.dmpindicators.config.DmpConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * What each client may still send: a token bucket (Bucket4j) for its reads and one for its writes, holding the
 * period's allowance, refilled whole when the period is over (so a client that has spent it is told to wait until
 * then). Buckets live in a bounded cache (Caffeine); a client forgotten there starts again with a full allowance,
 * which it would have had anyway once idle for a period.
 */
@ApplicationScoped
public class ClientAllowances {

    @Inject
    DmpConfig config;

    private Cache<String, Bucket> buckets;

    @PostConstruct
    void create() {
        buckets = Caffeine.newBuilder()
                .maximumSize(config.rateLimit().maxClients())
                .expireAfterAccess(config.rateLimit().period())
                .build();
    }

    /**
     * Takes one request from the client's allowance of reads or writes.
     *
     * @return empty when the request may proceed, or how long the client must wait before its next one
     */
    public Optional<Duration> take(String client, boolean write) {
        Bucket bucket = buckets.get((write ? "write " : "read ") + client, key -> newBucket(allowance(write)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The requests of one kind a client may send per period. */
    public long allowance(boolean write) {
        return write ? config.rateLimit().writes() : config.rateLimit().reads();
    }

    private Bucket newBucket(long allowance) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance).refillIntervally(allowance, config.rateLimit().period()))
                .build();
    }
}
