package fr.dmpindicators.config;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a duration as Quarkus reads any ({@code 1M}, {@code 30S}, {@code PT1H}), refusing one under a second at
 * startup with the value in the message: a rate-limit period of zero made every request answer 500, and an import's
 * transaction timeout, counted in whole seconds, made every job fail when negative and fell back to the transaction
 * manager's default when under a second.
 */
public class AtLeastASecond implements Converter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration duration = DurationConverter.parseDuration(value.trim());
        if (duration == null || duration.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("must be a duration of at least a second, not " + value.trim());
        }
        return duration;
    }
}
