package fr.dmpindicators.security;

import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the bearer token: an {@code admin} writes anything; a {@code producer} writes the
 * départements of the regions named in its {@code regions} claim, and objectives of those regions or below.
 */
@RequestScoped
public class Caller {

    public static final String ADMIN = "admin";
    public static final String PRODUCER = "producer";
    public static final String READER = "reader";

    @Inject
    SecurityIdentity identity;

    @Inject
    TerritoryHierarchy hierarchy;

    private String system;
    private Submitter submitter;

    /**
     * Who submitted a job that runs outside the request that submitted it (a file import): the same name, client,
     * role and regions as the token had.
     */
    public record Submitter(String actor, String client, boolean admin, Set<String> regions) {
    }

    /** The caller as a job keeps it, to write later with the same rights. */
    public Submitter asSubmitter() {
        return new Submitter(actor(), client(), isAdmin(), regions());
    }

    /** Makes the rest of this request context act for a job's submitter. */
    public void actFor(Submitter submitter) {
        this.submitter = submitter;
    }

    /** Makes the rest of this request context act for the service itself (loading the demo dataset). */
    public void actAsSystem(String name) {
        system = name;
    }

    public String actor() {
        if (system != null) {
            return "system:" + system;
        }
        if (submitter != null) {
            return submitter.actor();
        }
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String name = claim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String client() {
        if (submitter != null) {
            return submitter.client();
        }
        if (system != null || identity.isAnonymous()) {
            return null;
        }
        String azp = claim("azp");
        return azp != null ? azp : claim("client_id");
    }

    public boolean isAdmin() {
        return system != null || (submitter != null ? submitter.admin() : identity.hasRole(ADMIN));
    }

    /** The regions a producer may write, as region codes (R11…). */
    public Set<String> regions() {
        if (submitter != null) {
            return new TreeSet<>(submitter.regions());
        }
        Set<String> regions = new TreeSet<>();
        Object claim = claim("regions");
        if (claim instanceof Iterable<?> values) {
            values.forEach(value -> regions.add(String.valueOf(value).replace("\"", "")));
        }
        return regions;
    }

    /** Whether the caller may write data of this territory: itself, or something below it, in its regions. */
    public boolean mayWrite(String territoryCode) {
        if (isAdmin()) {
            return true;
        }
        if (submitter == null && !identity.hasRole(PRODUCER)) {
            return false;
        }
        Set<String> regions = regions();
        String code = territoryCode;
        while (code != null) {
            if (regions.contains(code)) {
                return true;
            }
            code = hierarchy.find(code).map(t -> t.parentCode).orElse(null);
            if (Territory.NATION_CODE.equals(code)) {
                return false;
            }
        }
        return false;
    }

    /** A claim of the caller's token; none without a token. */
    private <T> T claim(String name) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(name) : null;
    }

    /**
     * Why the caller may not write data of this territory, if it may not. An absent or unknown territory is left to
     * the validation rules, which name it.
     */
    public Optional<FieldError> refusal(String territoryCode) {
        if (territoryCode == null || hierarchy.find(territoryCode).isEmpty() || mayWrite(territoryCode)) {
            return Optional.empty();
        }
        return Optional.of(FieldError.rule("territory", "outside-regions", String.join(", ", regions())));
    }
}
