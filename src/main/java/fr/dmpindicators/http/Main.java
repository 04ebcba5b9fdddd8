package fr.dmpindicators.http;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before the HTTP layer loads, it moves the check that a request target is a URI from Quarkus' root
 * handler, which answers a bare 400 without a body, to the service's first route ({@code HttpProblems}), which makes the
 * same check and answers a problem naming the character. Quarkus reads the switch only as a system property, once.
 */
@QuarkusMain
public final class Main {

    /** Quarkus' switch for the check of its root handler (java.net.URI); {@code HttpProblems} checks the same way. */
    private static final String URI_CHECK_MOVED = "vertx.disableURIValidation";

    private Main() {
    }

    public static void main(String... args) {
        System.setProperty(URI_CHECK_MOVED, "true");
        Quarkus.run(args);
    }
}
