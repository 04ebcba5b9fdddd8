package fr.dmpindicators.security;

import fr.dmpindicators.common.DmpConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a deployment that forbids the development key ({@code dmp.security.dev-key-allowed=false}, the
 * production profile) while the token verification key is still the one shipped with the project.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    static final String DEVELOPMENT_KEY = "dev/jwt-dev-public.pem";

    @Inject
    DmpConfig config;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    void check(@Observes StartupEvent startup) {
        if (!config.security().devKeyAllowed() && keyLocation.filter(l -> l.endsWith(DEVELOPMENT_KEY)).isPresent()) {
            throw new IllegalStateException("The development token key (" + DEVELOPMENT_KEY + ") is configured but"
                    + " this profile forbids it: set mp.jwt.verify.publickey.location to your provider's JWKS URL.");
        }
    }
}
