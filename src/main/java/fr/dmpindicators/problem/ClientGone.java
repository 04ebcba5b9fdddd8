package fr.dmpindicators.problem;

import io.vertx.core.http.HttpClosedException;

/**
 * A request whose client closed the connection before sending all of it (a body cut off in the middle, chunked or
 * announced by its length): no fault of the service, and no one left to answer. The reading of the body fails with
 * the connection's closing, in the HTTP layer or in the REST layer's reading of a file or an entity; either way no
 * resource ran, so nothing was stored.
 */
public final class ClientGone {

    private ClientGone() {
    }

    /** Whether a failure is, or was caused by, the request's connection closing under it. */
    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** The one line a client gone away is worth, at DEBUG: what it was sending, without a stack. */
    public static String logLine(String method, String path) {
        return method + " " + path + ": the client closed the connection before the end of its request; no answer";
    }
}
