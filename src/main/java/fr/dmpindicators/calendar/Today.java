package fr.dmpindicators.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in France, the reference for "not in the future" and for indicator defaults. */
@ApplicationScoped
public class Today {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final Clock clock = Clock.system(FRANCE);

    public LocalDate date() {
        return LocalDate.now(clock);
    }
}
