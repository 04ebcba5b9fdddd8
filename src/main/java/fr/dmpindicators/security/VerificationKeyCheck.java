package fr.dmpindicators.security;

import fr.dmpindicators.config.DmpConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

/**
 * Says at start which key tokens are verified with, and refuses to start with none: an installation whose local key
 * is disabled ({@code dmp.security.local-key.enabled=false}, the production profile) must name its identity provider.
 */
@ApplicationScoped
public class VerificationKeyCheck {

    private static final Logger LOG = Logger.getLogger(VerificationKeyCheck.class);

    @Inject
    DmpConfig config;

    void check(@Observes StartupEvent startup) {
        ConfigValue key = ConfigProvider.getConfig().getConfigValue(InstallationKeySource.PUBLIC_KEY);
        if (InstallationKeySource.NAME.equals(key.getSourceName())) {
            Path folder = Path.of(config.security().localKey().dir()).toAbsolutePath().normalize();
            LOG.infof("No identity provider is configured: tokens are verified with this installation's own key"
                    + " (%s). Mint one by running 'bash src/dev/mint-token.sh ROLE [REGION...]' in %s.",
                    folder.resolve(InstallationKey.PUBLIC_FILE), Path.of("").toAbsolutePath());
            return;
        }
        boolean providerConfigured = isSet(key)
                || isSet(ConfigProvider.getConfig().getConfigValue(InstallationKeySource.PUBLIC_KEY_LOCATION));
        if (!providerConfigured) {
            throw new IllegalStateException("No identity provider is configured and this installation's own key is"
                    + " disabled (dmp.security.local-key.enabled=false, as in the production profile): set"
                    + " MP_JWT_VERIFY_PUBLICKEY_LOCATION to your provider's JWKS URL, with MP_JWT_VERIFY_ISSUER and"
                    + " MP_JWT_VERIFY_AUDIENCES.");
        }
    }

    private static boolean isSet(ConfigValue value) {
        return value.getValue() != null && !value.getValue().isBlank();
    }
}
