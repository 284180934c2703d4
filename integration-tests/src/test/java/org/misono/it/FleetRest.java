package org.misono.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The fleet manager's REST API as an operator's script would call it. */
final class FleetRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    FleetRest(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The body of a GET, or a missing node for anything but 200. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body())
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    JsonNode device(String tenant, String gateway, String device) throws IOException, InterruptedException {
        return get("/api/v1/tenants/" + tenant + "/gateways/" + gateway + "/devices/" + device);
    }

    JsonNode docks(String tenant, String gateway, String device) throws IOException, InterruptedException {
        return get("/api/v1/tenants/" + tenant + "/gateways/" + gateway + "/devices/" + device + "/docks");
    }
}
