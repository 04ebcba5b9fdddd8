package fr.dmpindicators.security;

import java.util.List;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

/**
 * Why a bearer token was refused, in words safe to show the caller: the class of the failure, never the token, the
 * key or the library's message. Read from the error codes jose4j (under SmallRye JWT) attaches to its exception.
 */
public enum TokenRefusal {

    MALFORMED("The bearer token is not a well-formed signed JWT.",
            ErrorCodes.JSON_INVALID, ErrorCodes.SIGNATURE_MISSING, ErrorCodes.MALFORMED_CLAIM),
    SIGNATURE("The bearer token's signature does not match a key this service trusts.", ErrorCodes.SIGNATURE_INVALID),
    ISSUER("The bearer token comes from an issuer this service does not trust.",
            ErrorCodes.ISSUER_INVALID, ErrorCodes.ISSUER_MISSING),
    AUDIENCE("The bearer token is not meant for this service (audience).",
            ErrorCodes.AUDIENCE_INVALID, ErrorCodes.AUDIENCE_MISSING),
    EXPIRED("The bearer token has expired.", ErrorCodes.EXPIRED, ErrorCodes.EXPIRATION_MISSING),
    NOT_YET_VALID("The bearer token is not valid yet (issued or valid from a time in the future).",
            ErrorCodes.NOT_YET_VALID, ErrorCodes.ISSUED_AT_INVALID_FUTURE),
    UNVERIFIED("The bearer token could not be verified.");

    private final String description;
    private final List<Integer> errorCodes;

    TokenRefusal(String description, Integer... errorCodes) {
        this.description = description;
        this.errorCodes = List.of(errorCodes);
    }

    /** A sentence for the problem's detail and the {@code error_description} of {@code WWW-Authenticate}. */
    public String description() {
        return description;
    }

    /**
     * The reason found in the causes of an authentication failure; the first in this enum's order when a token
     * fails several checks (a bad signature makes its claims meaningless).
     */
    public static TokenRefusal of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid) {
                for (TokenRefusal refusal : values()) {
                    if (refusal.errorCodes.stream().anyMatch(invalid::hasErrorCode)) {
                        return refusal;
                    }
                }
            }
        }
        return hasParseFailure(failure) ? MALFORMED : UNVERIFIED;
    }

    /** A token that is not even a JWS (no three parts, not Base64, not JSON) fails in jose4j's parsing. */
    private static boolean hasParseFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JoseException) {
                return true;
            }
        }
        return false;
    }
}
