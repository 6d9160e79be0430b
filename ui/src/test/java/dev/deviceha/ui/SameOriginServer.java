package dev.deviceha.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a management server's webapp folder does for the dashboard: serves the page's files under
 * {@code /client/deviceha/} and CloudStack's API at {@code /client/api} on the same origin, so the page shares the
 * session. The API is the sandbox's, passed through untouched (method, query, body, cookies).
 */
final class SameOriginServer implements AutoCloseable {
    static final String PAGE_PATH = "/client/deviceha/";
    private static final Map<String, String> TYPES = Map.of(".html", "text/html; charset=utf-8",
            ".js", "application/javascript; charset=utf-8", ".css", "text/css; charset=utf-8");

    private final HttpServer server;
    private final Path pageDirectory;
    private final URI api;

    SameOriginServer(Path pageDirectory, URI api) throws IOException {
        this.pageDirectory = pageDirectory.toAbsolutePath().normalize();
        this.api = api;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PAGE_PATH, this::page);
        server.createContext("/client/api", this::proxy);
        server.start();
    }

    URI pageUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PAGE_PATH + "index.html");
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = pageDirectory.resolve(exchange.getRequestURI().getPath().substring(PAGE_PATH.length()))
                    .normalize();
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            String type = TYPES.get(name.contains(".") ? name.substring(name.lastIndexOf('.')) : "");
            if (!file.startsWith(pageDirectory) || type == null || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void proxy(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            HttpURLConnection upstream = (HttpURLConnection) api.resolve(api.getRawPath()
                    + (query == null ? "" : "?" + query)).toURL().openConnection();
            upstream.setRequestMethod(exchange.getRequestMethod());
            for (String header : List.of("Cookie", "Content-Type")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    upstream.setRequestProperty(header, value);
                }
            }
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            if (requestBody.length > 0) {
                upstream.setDoOutput(true);
                try (OutputStream out = upstream.getOutputStream()) {
                    out.write(requestBody);
                }
            }
            int status = upstream.getResponseCode();
            byte[] body;
            try (InputStream in = status >= 400 ? upstream.getErrorStream() : upstream.getInputStream()) {
                body = in == null ? new byte[0] : in.readAllBytes();
            }
            List<String> cookies = upstream.getHeaderFields().get("Set-Cookie");
            if (cookies != null) {
                exchange.getResponseHeaders().put("Set-Cookie", cookies);
            }
            String type = upstream.getContentType();
            exchange.getResponseHeaders().set("Content-Type", type == null ? "application/json" : type);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
