package vn.thidua.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API as a client sees it: a user, a base URL, JSON in and out. For tests only. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where a request goes: one server, or in split mode the instance of the side that owns the path. */
    @FunctionalInterface
    public interface Route {

        String baseUrl(String method, String path);
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final Route route;
    private final String authorization;

    private ApiClient(Route route, String authorization) {
        this.route = route;
        this.authorization = authorization;
    }

    public static ApiClient at(String baseUrl) {
        return new ApiClient((method, path) -> baseUrl, null);
    }

    public static ApiClient routed(Route route) {
        return new ApiClient(route, null);
    }

    public ApiClient as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(route, "Basic " + token);
    }

    /** The same client presenting an OAuth2 bearer token instead (the {@code oauth2} profile). */
    public ApiClient bearer(String token) {
        return new ApiClient(route, "Bearer " + token);
    }

    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The {@code rule} member of a problem-details answer. */
        public String rule() {
            return json().path("rule").asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer get(String path) {
        return send(request("GET", path).GET());
    }

    /** A file as the server sends it for {@code accept} (an export), byte for byte. */
    public record Download(int status, byte[] body, HttpResponse<byte[]> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + " (" + body.length + " bytes)";
        }
    }

    public Download download(String path, String accept) {
        try {
            HttpResponse<byte[]> response = http.send(request("GET", path).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST with a fresh Idempotency-Key. */
    public Answer post(String path, String jsonBody) {
        return post(path, jsonBody, UUID.randomUUID().toString());
    }

    public Answer post(String path, String jsonBody, String idempotencyKey) {
        HttpRequest.Builder request = request("POST", path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** A POST of a file as a spreadsheet or a script sends it: the bytes as they are, under {@code contentType}. */
    public Answer upload(String path, String contentType, byte[] body, String idempotencyKey) {
        HttpRequest.Builder request = request("POST", path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** Any other method, as a client might try it. */
    public Answer send(String method, String path, String jsonBody) {
        return send(request(method, path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String method, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(route.baseUrl(method, path) + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
