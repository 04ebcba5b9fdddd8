package fr.dmpindicators.http;

import fr.dmpindicators.http.ContractOperations.Declared;
import fr.dmpindicators.http.ContractOperations.Location;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.text.PlainText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks a request's path and query parameters against what its operation declares in the contract, before they
 * are bound, so that none is silently ignored or read as a default: an unknown parameter (with the closest known
 * one suggested), one given twice, an empty value, a control character, or a value that is not of the declared
 * type or within its bounds is refused, naming the parameter.
 *
 * <p>A path parameter that cannot name anything on a read or a delete answers 404, as any unknown identifier does;
 * on a write it is part of what is written: 400 when it cannot be read, 422 when it breaks a bound.
 */
public class ParameterScreening {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @ServerRequestFilter
    public void screen(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        List<Declared> declared = ContractOperations.parameters(resource.getResourceClass(),
                resource.getResourceMethod());
        screenPath(request, declared);
        screenQuery(request, declared);
    }

    private static void screenPath(ContainerRequestContext request, List<Declared> declared) {
        Map<String, List<String>> values = request.getUriInfo().getPathParameters(true);
        boolean lookup = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "DELETE".equals(request.getMethod());
        for (Declared parameter : declared) {
            List<String> given = values.get(parameter.name());
            if (parameter.location() != Location.PATH || given == null || given.isEmpty()) {
                continue;
            }
            Optional<Refusal> refusal = check(parameter, given.get(0));
            if (refusal.isEmpty()) {
                continue;
            }
            FieldError error = FieldError.of(parameter.name(), refusal.get().text());
            if (lookup) {
                throw ProblemException.notFound(new ProblemText("detail.nothing-at-because",
                        request.getUriInfo().getPath(), ProblemException.describing(error)));
            }
            if (refusal.get().unreadable()) {
                throw ProblemException.malformed(ProblemException.nothingStored(List.of(error)), List.of(error));
            }
            throw ProblemException.invalid(List.of(error));
        }
    }

    private static void screenQuery(ContainerRequestContext request, List<Declared> declared) {
        Map<String, Declared> known = declared.stream().filter(p -> p.location() == Location.QUERY)
                .collect(Collectors.toMap(Declared::name, p -> p, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters(true);
        List<FieldError> errors = new ArrayList<>();
        boolean unknown = false;
        for (Map.Entry<String, List<String>> entry : given.entrySet()) {
            String name = entry.getKey();
            Declared parameter = known.get(name);
            if (parameter == null) {
                unknown = true;
                errors.add(FieldError.of(name, closest(name, known.keySet())
                        .map(match -> new ProblemText("parameter.did-you-mean", match))
                        .orElse(new ProblemText("parameter.unknown"))));
            } else if (entry.getValue().size() > 1) {
                errors.add(FieldError.of(name, new ProblemText("parameter.repeated",
                        String.valueOf(entry.getValue().size()))));
            } else {
                check(parameter, entry.getValue().get(0))
                        .ifPresent(refusal -> errors.add(FieldError.of(name, refusal.text())));
            }
        }
        for (Declared parameter : known.values()) {
            if (parameter.required() && !given.containsKey(parameter.name())) {
                errors.add(FieldError.of(parameter.name(), new ProblemText("parameter.required")));
            }
        }
        if (errors.isEmpty()) {
            return;
        }
        errors.sort(Comparator.comparing(FieldError::field));
        ProblemText wrong = errors.size() == 1 ? ProblemException.describing(errors.get(0))
                : new ProblemText("detail.query-wrong", errors.size());
        ProblemText detail = !unknown ? new ProblemText("detail.sentence", wrong)
                : known.isEmpty() ? new ProblemText("detail.accepts-none", wrong)
                        : new ProblemText("detail.accepted", wrong, String.join(", ", known.keySet()));
        throw ProblemException.malformed(detail, errors);
    }

    /** Why a value is refused, and whether it could not be read at all (rather than breaking a bound). */
    private record Refusal(ProblemText text, boolean unreadable) {
    }

    private static Optional<Refusal> check(Declared parameter, String value) {
        if (value.isEmpty()) {
            return Optional.of(new Refusal(new ProblemText("parameter.empty"), true));
        }
        Optional<PlainText.Offence> offence = PlainText.Offence.firstIn(value);
        if (offence.isPresent()) {
            ProblemText refused = ProblemText.controlCharacter(offence.get().character(), offence.get().position());
            return Optional.of(new Refusal(refused, true));
        }
        Class<?> type = parameter.type();
        if (type == LocalDate.class) {
            return isDate(value) ? Optional.empty()
                    : Optional.of(new Refusal(new ProblemText("parameter.date"), true));
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return checkWholeNumber(parameter, value, type == Integer.class || type == int.class);
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? Optional.empty()
                    : Optional.of(new Refusal(new ProblemText("parameter.boolean"), true));
        }
        if (type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
            return allowed.contains(value) ? Optional.empty()
                    : Optional.of(new Refusal(new ProblemText("parameter.one-of", String.join(", ", allowed)), true));
        }
        if (parameter.maxLength() != null && value.length() > parameter.maxLength()) {
            return Optional.of(new Refusal(
                    new ProblemText("parameter.max-length", String.valueOf(parameter.maxLength())), false));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkWholeNumber(Declared parameter, String value, boolean isInt) {
        ProblemText expected = wholeNumber(parameter);
        long number;
        try {
            number = isInt ? Integer.parseInt(value) : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Optional.of(new Refusal(expected, true));
        }
        boolean outside = (parameter.min() != null && number < parameter.min())
                || (parameter.max() != null && number > parameter.max());
        return outside ? Optional.of(new Refusal(expected, false)) : Optional.empty();
    }

    /** "must be a whole number", with its bounds; written as strings, so that no locale groups the digits. */
    private static ProblemText wholeNumber(Declared parameter) {
        String min = String.valueOf(parameter.min());
        String max = String.valueOf(parameter.max());
        if (parameter.min() != null && parameter.max() != null) {
            return new ProblemText("parameter.whole-number-between", min, max);
        }
        if (parameter.min() != null) {
            return new ProblemText("parameter.whole-number-min", min);
        }
        return parameter.max() == null ? new ProblemText("parameter.whole-number")
                : new ProblemText("parameter.whole-number-max", max);
    }

    /** A calendar date as YYYY-MM-DD: no sign, no year beyond four digits (which Java would also read). */
    private static boolean isDate(String value) {
        if (!DATE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The known name nearest to a misspelt one, when it is near enough to be what was meant. */
    static Optional<String> closest(String name, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = DISTANCE.apply(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? Optional.of(best) : Optional.empty();
    }
}
