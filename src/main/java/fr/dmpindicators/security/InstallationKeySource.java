package fr.dmpindicators.security;

import fr.dmpindicators.config.DmpConfig;
import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes SmallRye JWT trust this installation's own key ({@link InstallationKey}) when, and only when, no identity
 * provider is configured: neither {@code mp.jwt.verify.publickey.location} (a provider's JWKS URL or a PEM) nor
 * {@code mp.jwt.verify.publickey} is set, and {@code dmp.security.local-key.enabled} is true (false in the production
 * profile). It is a configuration source because SmallRye JWT reads its verification key from the configuration;
 * with a provider configured it supplies nothing, so the local key is never trusted, whatever files exist. The key
 * is loaded, or generated, when the running application reads its configuration, never at build time.
 */
public class InstallationKeySource implements ConfigSourceFactory {

    /** The name of this source, by which the key in use can be told apart from a configured provider. */
    public static final String NAME = "dmp-installation-key";
    public static final String ENABLED = "dmp.security.local-key.enabled";
    public static final String FOLDER = "dmp.security.local-key.dir";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";

    /** Below application.properties, so that nothing an operator writes can be shadowed by it. */
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The same factory also serves the build and the test launcher's configuration: a key belongs to a running
        // installation only.
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT
                || providerConfigured(context) || !value(context, ENABLED).map(Boolean::parseBoolean).orElse(true)) {
            return List.of();
        }
        InstallationKey key = InstallationKey.loadOrCreate(Path.of(value(context, FOLDER).orElse(DmpConfig.LocalKey.DEFAULT_DIR)));
        return List.of(new MapBackedConfigSource(NAME, Map.of(PUBLIC_KEY, key.publicPem()), ORDINAL) {
        });
    }

    static boolean providerConfigured(ConfigSourceContext context) {
        return value(context, PUBLIC_KEY_LOCATION).isPresent() || value(context, PUBLIC_KEY).isPresent();
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
