package fr.dmpindicators.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The service's one clock: today's date in France, the reference for "not in the future" and for indicator defaults,
 * and the instant every stored timestamp takes.
 */
@ApplicationScoped
public class Today {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final Clock clock = Clock.system(FRANCE);

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** Now, in UTC to the microsecond: what both databases' timestamp columns keep, so a read equals the write. */
    public OffsetDateTime now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
