package dev.deviceha.drill.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Stands in for CloudStack's ApiServlet at {@code /client/api}: GET query or POST form, {@code login} and
 * {@code logout} for browsers, then either an API key and signature or a session (cookie and {@code sessionkey})
 * must vouch for the call before the dispatcher sees it. Answers JSON only.
 */
final class ApiHandler implements HttpHandler {
    private static final Logger LOG = LogManager.getLogger(ApiHandler.class);
    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final String SESSION_KEY = "sessionkey";

    private final ApiDispatcher dispatcher;
    private final SandboxAccounts accounts;
    private final Sessions sessions = new Sessions();
    private final String userUuid;
    private final String domainUuid;

    ApiHandler(ApiDispatcher dispatcher, SandboxAccounts accounts, String userUuid, String domainUuid) {
        this.dispatcher = dispatcher;
        this.accounts = accounts;
        this.userUuid = userUuid;
        this.domainUuid = domainUuid;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params;
            ApiDispatcher.Answer answer;
            String command = "";
            try {
                params = params(exchange);
                command = params.getOrDefault("command", "");
                answer = switch (command) {
                    case "login" -> login(exchange, params);
                    case "logout" -> logout(exchange);
                    default -> call(exchange, params);
                };
            } catch (IllegalArgumentException malformed) {
                answer = ApiDispatcher.Answer.of("errorresponse", ApiFailure.of(
                        ApiErrorCode.MALFORMED_PARAMETER_ERROR, "malformed request: " + malformed.getMessage()));
            } catch (RuntimeException e) {
                // Answer as CloudStack does instead of dropping the connection, and say what broke.
                LOG.error("{} failed", command, e);
                answer = ApiDispatcher.Answer.of("errorresponse", ApiFailure.of(ApiErrorCode.INTERNAL_ERROR,
                        "Internal error executing command, please contact your system administrator"));
            }
            LOG.info("{} {} -> {}", exchange.getRequestMethod(), command, answer.status());
            byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ApiDispatcher.Answer call(HttpExchange exchange, Map<String, String> params) {
        return caller(exchange, params).map(account -> dispatcher.dispatch(params, account))
                .orElseGet(() -> ApiDispatcher.Answer.of("errorresponse", ApiFailure.unauthorized()));
    }

    /** The account whose API key signed the call, or the root admin's browser session; empty when neither. */
    private Optional<SandboxAccounts.Account> caller(HttpExchange exchange, Map<String, String> params) {
        Optional<String> apiKey = params.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("apikey"))
                .map(Map.Entry::getValue).findFirst();
        if (apiKey.isPresent()) {
            return accounts.byApiKey(apiKey.get()).filter(account ->
                    ApiSignature.verify(params, account.credentials().secretKey(), Instant.now()));
        }
        return sessions.verify(cookie(exchange, SESSION_COOKIE), params.get(SESSION_KEY),
                cookie(exchange, SESSION_KEY)) ? Optional.of(accounts.admin()) : Optional.empty();
    }

    private ApiDispatcher.Answer login(HttpExchange exchange, Map<String, String> params) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return ApiDispatcher.Answer.of("loginresponse",
                    ApiFailure.of(ApiErrorCode.METHOD_NOT_ALLOWED, "Please use HTTP POST to authenticate"));
        }
        String domain = params.getOrDefault("domain", "/");
        // LoginCmd's normalization of a domain path: the root domain is "/".
        boolean rootDomain = domain.isEmpty() || domain.equals("/");
        Credentials credentials = accounts.admin().credentials();
        if (!credentials.username().equals(params.get("username"))
                || !credentials.password().equals(params.get("password")) || !rootDomain) {
            return ApiDispatcher.Answer.of("loginresponse", ApiFailure.of(ApiErrorCode.ACCOUNT_ERROR,
                    "Failed to authenticate user " + params.get("username") + " in domain " + domain
                            + "; please provide valid credentials"));
        }
        Sessions.Session session = sessions.open();
        List<String> cookies = List.of(SESSION_COOKIE + "=" + session.id() + "; Path=/client; HttpOnly",
                SESSION_KEY + "=" + session.key() + "; Path=/client; HttpOnly",
                "userid=" + userUuid + "; Path=/client", "account=" + credentials.username() + "; Path=/client",
                "domainid=" + domainUuid + "; Path=/client", "role=1; Path=/client",
                "username=" + credentials.username() + "; Path=/client");
        exchange.getResponseHeaders().put("Set-Cookie", cookies);
        return new ApiDispatcher.Answer(200, ResponseSerializer.toJson(
                new LoginResponse(credentials.username(), userUuid, domainUuid, session.key())));
    }

    private ApiDispatcher.Answer logout(HttpExchange exchange) {
        String session = cookie(exchange, SESSION_COOKIE);
        if (session != null) {
            sessions.close(session);
        }
        return new ApiDispatcher.Answer(200, "{\"logoutresponse\":{\"description\":\"success\"}}");
    }

    /** The first value of each parameter, from the query and a form body, in the order they came. */
    private static Map<String, String> params(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        addPairs(params, exchange.getRequestURI().getRawQuery());
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if ("POST".equals(exchange.getRequestMethod()) && type != null
                && type.startsWith("application/x-www-form-urlencoded")) {
            addPairs(params, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void addPairs(Map<String, String> params, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            params.putIfAbsent(name, value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String cookie(HttpExchange exchange, String name) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                int equals = part.indexOf('=');
                if (equals > 0 && part.substring(0, equals).trim().equals(name)) {
                    return part.substring(equals + 1).trim();
                }
            }
        }
        return null;
    }
}
