package fr.dmpindicators.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Refuses a token issued in the future ({@code iat} later than now plus the clock skew), which SmallRye JWT accepts:
 * such a token was minted by a clock that cannot be trusted, or made to outlive its issuer's limits.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "0")
    int clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Long issuedAt = seconds(token.getClaim(Claims.iat.name()));
            if (issuedAt != null && issuedAt > Instant.now().getEpochSecond() + clockSkewSeconds) {
                String message = "iat is in the future";
                return Uni.createFrom().failure(new AuthenticationFailedException(new InvalidJwtException(message,
                        List.of(new ErrorCodeValidator.Error(ErrorCodes.ISSUED_AT_INVALID_FUTURE, message)), null)));
            }
        }
        return Uni.createFrom().item(identity);
    }

    private static Long seconds(Object claim) {
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return null;
    }
}
