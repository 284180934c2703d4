package org.misono.fleet.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.misono.fleet.api.problem.ProblemResponses;
import org.misono.fleet.api.rest.FleetResources;
import org.misono.fleet.api.rest.StatusResources;
import org.misono.fleet.api.sse.EventStream;
import org.misono.fleet.core.event.FleetEventBus;
import org.misono.fleet.core.ingest.IngestStats;
import org.misono.fleet.core.store.FleetQueries;

/** The fleet manager's HTTP side: REST under /api/v1, the event stream, and the dashboard at /. */
public final class FleetApi implements AutoCloseable {

    private final Javalin app;
    private final EventStream stream;

    private FleetApi(Javalin app, EventStream stream) {
        this.app = app;
        this.stream = stream;
    }

    /**
     * @param host the address to listen on, e.g. 127.0.0.1 to serve this machine only
     * @param port 0 to pick a free one
     */
    public static FleetApi start(String host, int port, Sources sources) {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        EventStream stream = new EventStream(sources.events());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dashboard";
                files.location = Location.CLASSPATH;
                // the dashboard changes with the server; a stale copy in the browser would call a gone API
                files.headers = Map.of("Cache-Control", "no-cache");
            });
        });
        ProblemResponses.register(app);
        new FleetResources(sources.queries()).register(app);
        new StatusResources(sources.ingestStats(), sources.queued(), sources.mqttConnected()).register(app);
        stream.register(app);
        app.start(host, port);
        return new FleetApi(app, stream);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        stream.close();
        app.stop();
    }

    /**
     * What the API serves.
     *
     * @param queued how many received changes wait to be stored
     * @param mqttConnected whether the fleet manager's MQTT client is connected and subscribed
     */
    public record Sources(FleetQueries queries, FleetEventBus events, IngestStats ingestStats, IntSupplier queued,
            BooleanSupplier mqttConnected) {
    }
}
