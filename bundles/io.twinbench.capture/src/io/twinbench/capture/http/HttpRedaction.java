package io.twinbench.capture.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.inventory.SecretRedactor;

/**
 * A mirrored message as it may leave the endpoint: credentials masked in headers (Authorization,
 * Cookie and the like, and any header whose name says secret), in form and JSON fields whose names
 * say secret (password, token, api_key…), in the query string, and by the agent's secret patterns
 * in any text body. Binary bodies are kept as they are; what a body was cut to stays cut.
 */
public final class HttpRedaction {

    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key",
            "x-auth-token", "x-csrf-token");
    private static final Pattern JSON_FIELD = Pattern.compile("\"([^\"\\\\]{1,100})\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private final SecretRedactor patterns;

    public HttpRedaction(SecretRedactor patterns) {
        this.patterns = patterns;
    }

    public HttpMessage redact(HttpMessage m) {
        List<HttpMessage.Header> headers = new ArrayList<>();
        for (HttpMessage.Header h : m.headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            boolean secret = CREDENTIAL_HEADERS.contains(name) || SecretRedactor.isSecretName(h.name());
            headers.add(new HttpMessage.Header(h.name(), secret ? SecretRedactor.MASK : patterns.redact(h.value())));
        }
        String target = m.target() == null ? null : query(m.target());
        byte[] body = m.body();
        String type = m.contentType();
        if (type.contains("application/x-www-form-urlencoded")) {
            body = form(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } else if (type.contains("json")) {
            body = patterns.redact(json(new String(body, StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        } else if (type.startsWith("text/") || type.contains("xml")) {
            body = patterns.redact(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return new HttpMessage(m.method(), target, m.status(), m.reason(), m.version(), headers, body, m.bodyLength());
    }

    private String query(String target) {
        int q = target.indexOf('?');
        return q < 0 ? patterns.redact(target) : patterns.redact(target.substring(0, q)) + "?" + form(target.substring(q + 1));
    }

    /** name=value pairs, each value masked when its name says secret. */
    private String form(String text) {
        StringBuilder out = new StringBuilder();
        for (String pair : text.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decoded;
            try {
                decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = name;
            }
            if (eq >= 0 && SecretRedactor.isSecretName(decoded)) {
                out.append(name).append('=').append(SecretRedactor.MASK);
            } else {
                out.append(patterns.redact(pair));
            }
        }
        return out.toString();
    }

    private static String json(String text) {
        Matcher m = JSON_FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = SecretRedactor.isSecretName(m.group(1)) ? "\"" + m.group(1) + "\":\"" + SecretRedactor.MASK + "\"" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }
}
