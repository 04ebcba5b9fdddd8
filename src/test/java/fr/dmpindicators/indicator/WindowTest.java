package fr.dmpindicators.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a window, without HTTP: defaults, the end capped at asOf, a start after the end refused. */
class WindowTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 6, 5);

    @Test
    void shouldDefaultToTodayAndSinceTheLaw() {
        Window window = Window.of(null, null, null, TODAY);
        assertEquals(new Window(TODAY, null, TODAY), window);
        assertEquals(DmpLaw.DATE, window.start());
    }

    @Test
    void shouldNeverEndAfterAsOf() {
        Window window = Window.of(LocalDate.of(2018, 1, 31), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
                TODAY);
        assertEquals(LocalDate.of(2018, 1, 31), window.to());
        assertEquals(LocalDate.of(2018, 1, 1), window.start());
        assertEquals(LocalDate.of(2017, 6, 30), Window.of(null, null, LocalDate.of(2017, 6, 30), TODAY).to());
    }

    @Test
    void shouldRefuseAStartAfterTheEndNamingFrom() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Window.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 2), null, TODAY));
        assertEquals("from", refused.errors().get(0).field());
        assertNull(refused.limit());
    }
}
