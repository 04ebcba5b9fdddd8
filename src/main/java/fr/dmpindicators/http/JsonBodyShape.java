package fr.dmpindicators.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * A JSON body is one object, or an array of them for a batch. Well-formed JSON of another shape (an array where one
 * item is read, an object where a batch is, a string, a number, true or false, null) or an empty body is refused
 * saying so (400), where Jackson's failure would be read as JSON that is not well-formed, and null would reach the
 * operation as a missing parameter named after Java's.
 */
@Provider
public class JsonBodyShape implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        Object body;
        try {
            body = context.proceed();
        } catch (MismatchedInputException e) {
            if (isTheWholeBody(e)) {
                throw wrongShape(context.getType());
            }
            throw e;
        }
        if (body == null) {
            throw wrongShape(context.getType());
        }
        return body;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /**
     * Whether Jackson could not bind the body's value itself: not a value inside it (which has a path), nor one after
     * it (the second value of the text, which is not well-formed JSON).
     */
    private static boolean isTheWholeBody(MismatchedInputException e) {
        if (!e.getPath().isEmpty() || !(e.getProcessor() instanceof JsonParser parser)) {
            return false;
        }
        JsonStreamContext top = parser.getParsingContext();
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getCurrentIndex() == 0;
    }

    private static ProblemException wrongShape(Class<?> type) {
        boolean batch = Collection.class.isAssignableFrom(type) || type.isArray();
        return ProblemException.malformed(new ProblemText(batch ? "detail.json-array" : "detail.json-object"),
                List.of());
    }
}
