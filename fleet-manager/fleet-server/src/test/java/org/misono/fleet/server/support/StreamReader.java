package org.misono.fleet.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream in the background and keeps every event it got. */
public final class StreamReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Event(String name, JsonNode data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private volatile Stream<String> lines;

    public StreamReader(Api api, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .header("Accept", "text/event-stream").GET().build();
        api.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            lines = response.body();
            String[] name = {"message"};
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    events.add(new Event(name[0], parse(line.substring(5).trim())));
                    name[0] = "message";
                }
            });
        });
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new IllegalStateException("stream data is not JSON: " + data, e);
        }
    }

    public List<Event> events() {
        return events;
    }

    public List<Event> events(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
    }
}
