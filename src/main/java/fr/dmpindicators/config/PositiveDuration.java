package fr.dmpindicators.config;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a duration as Quarkus reads any ({@code 1M}, {@code 30S}, {@code PT1H}), refusing one of zero or less at
 * startup with the value in the message: a rate-limit period of zero made every request answer 500.
 */
public class PositiveDuration implements Converter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration duration = DurationConverter.parseDuration(value.trim());
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("must be a duration above zero, not " + value.trim());
        }
        return duration;
    }
}
