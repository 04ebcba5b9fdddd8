package fr.dmpindicators.request;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the current request: the caller's {@code X-Request-Id} when it is a plain token, a new UUID otherwise.
 * It is echoed in the answer and written with every audit entry of the request.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private String value;

    public void adopt(String fromHeader) {
        if (value == null) {
            value = fromHeader != null && ACCEPTED.matcher(fromHeader).matches() ? fromHeader
                    : UUID.randomUUID().toString();
        }
    }

    public String value() {
        adopt(null);
        return value;
    }
}
