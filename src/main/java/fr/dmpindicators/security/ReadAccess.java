package fr.dmpindicators.security;

import fr.dmpindicators.config.DmpConfig;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads of the API are open by default (aggregated, non-personal figures); one switch,
 * {@code dmp.security.reads-require-role}, makes them need the reader, producer or admin role.
 */
public class ReadAccess {

    /** Looked up per request: filters are created before the runtime configuration is read. */
    @Inject
    Provider<DmpConfig> config;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void requireReaderRoleWhenConfigured(ContainerRequestContext request) {
        if (!config.get().security().readsRequireRole() || !"GET".equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Caller.READER) && !identity.hasRole(Caller.PRODUCER) && !identity.hasRole(Caller.ADMIN)) {
            throw new ForbiddenException();
        }
    }
}
