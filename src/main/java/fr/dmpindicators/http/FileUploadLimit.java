package fr.dmpindicators.http;

import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.File;
import java.io.IOException;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * A whole file (an import) is streamed to disk up to {@code dmp.imports.max-file-size} and no further, however it is
 * sent. A body that announces a larger length never gets here ({@link HttpProblems}); one sent in chunks without a
 * length is cut off at its first byte over the limit, answered 413 and its connection closed after the answer, so
 * that the rest of it is never read and the partial file is removed with the request.
 */
@Provider
public class FileUploadLimit implements ReaderInterceptor {

    /** Looked up per file: providers are built before the configuration mapping exists. */
    @Inject
    Instance<DmpConfig> config;

    @Inject
    HttpServerRequest request;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() != File.class) {
            return context.proceed();
        }
        long limit = config.get().imports().maxFileSize().asLongValue();
        HttpServerRequest current = request;
        context.setInputStream(BoundedInputStream.builder().setInputStream(context.getInputStream())
                .setMaxCount(limit + 1).setOnMaxCount((max, read) -> refuse(current, limit)).get());
        return context.proceed();
    }

    private static void refuse(HttpServerRequest request, long limit) {
        HttpProblems.closeWithAnswer(request, true);
        throw ProblemException.tooLarge(new ProblemText("detail.file-too-large", limit), limit);
    }
}
