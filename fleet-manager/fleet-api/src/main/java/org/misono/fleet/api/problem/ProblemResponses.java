package org.misono.fleet.api.problem;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes every error under /api a problem+json response, including unknown routes and failures of our own. */
public final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    public static void register(Javalin app) {
        app.exception(ProblemException.class, (e, ctx) -> send(ctx, e.problem()));
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus() == 404 ? noSuchEndpoint(ctx)
                : Problem.of("http-" + e.getStatus(), e.getMessage(), e.getStatus(),
                        e.getMessage() + " (" + ctx.method() + " " + ctx.path() + ")")));
        app.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString();
            LOG.error("Request {} {} failed (error id {})", ctx.method(), ctx.path(), id, e);
            send(ctx, Problem.of("internal-error", "Internal error", 500, "The fleet manager failed to answer; "
                    + "its log has the cause under error id " + id + "."));
        });
        app.error(404, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, noSuchEndpoint(ctx));
            }
        });
    }

    private static Problem noSuchEndpoint(Context ctx) {
        return Problem.of("no-such-endpoint", "No such endpoint", 404, "There is no " + ctx.method() + " "
                + ctx.path() + ". GET /api/v1 lists the endpoints; the dashboard is at /.");
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private static void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem.at(ctx.path())).contentType(Problem.CONTENT_TYPE);
    }
}
