package dev.deviceha.drill.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** Serves the files of one folder under a URL prefix, e.g. a page beside the API for the same origin. */
final class StaticFiles implements HttpHandler {
    private final String prefix;
    private final Path root;

    StaticFiles(String prefix, Path root) {
        this.prefix = prefix;
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String relative = exchange.getRequestURI().getPath().substring(prefix.length()).replaceFirst("^/+", "");
            Path file = root.resolve(relative.isEmpty() ? "index.html" : relative).normalize();
            if (!"GET".equals(exchange.getRequestMethod()) || !file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String type = URLConnection.guessContentTypeFromName(file.getFileName().toString());
            exchange.getResponseHeaders().set("Content-Type", type != null ? type : contentType(file));
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    /** What the JDK's table leaves out. */
    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".js") || name.endsWith(".mjs")) {
            return "text/javascript";
        }
        if (name.endsWith(".css")) {
            return "text/css";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return name.endsWith(".json") ? "application/json" : "application/octet-stream";
    }
}
