package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes secrets from command lines, environment strings and log lines before they leave
 * the endpoint or reach the store. Each pattern's first group is kept and the rest of the
 * match is replaced by {@link #MASK}, so an analyst still sees which option carried a secret.
 */
public final class SecretRedactor {

    public static final String MASK = "***";

    /** What a demanding analyst expects masked by default. */
    public static final List<String> DEFAULT_PATTERNS = List.of(
            // --password=x, --db-password x, token: x, API_KEY=x, client_secret=x ...
            "(?i)((?:^|[\\s\"'])--?[\\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|credentials?)(?:=|\\s+))[^\\s\"']+",
            // DB_PWD=x but not the shell's PWD=/home/alice (the working directory sudo and audit records show)
            "(?i)(\\b[\\w.-]*(?:password|passwd|(?<=[\\w.-])pwd|secret|token|api[_-]?key|access[_-]?key)[\\w.-]*\\s*[=:]\\s*)[^\\s,;\"'&]+",
            // user:password@host in URLs
            "(://[^/\\s:@]+:)[^/\\s@]+(?=@)",
            // Authorization headers
            "(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]+",
            "(?i)(\\bbasic\\s+)[A-Za-z0-9+/=]{8,}",
            // AWS access key ids and private key blocks
            "()\\bAKIA[0-9A-Z]{16}\\b",
            "(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\\s\\S]*?(?=-----END)");

    private final List<Pattern> patterns;

    public SecretRedactor(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static SecretRedactor defaults() {
        return new SecretRedactor(compile(DEFAULT_PATTERNS, "built-in pattern"));
    }

    /**
     * The defaults plus the patterns in a file, one regular expression per line ('#' starts a
     * comment). A pattern that does not compile is refused with its line number.
     */
    public static SecretRedactor withFile(Path file) throws IOException {
        List<Pattern> all = new ArrayList<>(compile(DEFAULT_PATTERNS, "built-in pattern"));
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                all.add(Pattern.compile(line.contains("(") ? line : "()" + line));
            } catch (PatternSyntaxException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a regular expression: " + e.getDescription());
            }
        }
        return new SecretRedactor(all);
    }

    private static List<Pattern> compile(List<String> sources, String what) {
        List<Pattern> result = new ArrayList<>();
        for (String source : sources) {
            try {
                result.add(Pattern.compile(source));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(what + " '" + source + "' does not compile: " + e.getDescription(), e);
            }
        }
        return result;
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(result);
            if (!m.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            do {
                String kept = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
                m.appendReplacement(out, Matcher.quoteReplacement(kept + MASK));
            } while (m.find());
            m.appendTail(out);
            result = out.toString();
        }
        return result;
    }
}
