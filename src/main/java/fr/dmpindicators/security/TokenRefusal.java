package fr.dmpindicators.security;

import fr.dmpindicators.language.Language;
import fr.dmpindicators.problem.ProblemText;
import java.util.List;
import java.util.Locale;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

/**
 * Why a bearer token was refused, in words safe to show the caller: the class of the failure, never the token, the
 * key or the library's message. Read from the error codes jose4j (under SmallRye JWT) attaches to its exception.
 */
public enum TokenRefusal {

    MALFORMED(ErrorCodes.JSON_INVALID, ErrorCodes.SIGNATURE_MISSING, ErrorCodes.MALFORMED_CLAIM),
    SIGNATURE(ErrorCodes.SIGNATURE_INVALID),
    ISSUER(ErrorCodes.ISSUER_INVALID, ErrorCodes.ISSUER_MISSING),
    AUDIENCE(ErrorCodes.AUDIENCE_INVALID, ErrorCodes.AUDIENCE_MISSING),
    EXPIRED(ErrorCodes.EXPIRED, ErrorCodes.EXPIRATION_MISSING),
    NOT_YET_VALID(ErrorCodes.NOT_YET_VALID, ErrorCodes.ISSUED_AT_INVALID_FUTURE),
    UNVERIFIED;

    private final List<Integer> errorCodes;

    TokenRefusal(Integer... errorCodes) {
        this.errorCodes = List.of(errorCodes);
    }

    /** The sentence of the problem's detail, in the request's language when the answer is written. */
    public ProblemText text() {
        return new ProblemText("token." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * The sentence in English, for the {@code error_description} of {@code WWW-Authenticate}: RFC 6750 §3 allows
     * only ASCII there, which French sentences are not.
     */
    public String description() {
        return text().in(Language.DEFAULT);
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
