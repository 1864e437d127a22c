package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes secrets from command lines, environment strings, configuration values and log lines
 * before they leave the endpoint or reach the store. A built-in pattern's first group is kept and
 * the rest of its match replaced by {@link #MASK}, so an analyst still sees which option carried
 * a secret; a pattern of the analyst's own (a --redact file) masks its whole match, groups or not.
 * An attribute whose name says it holds a secret ("db.password", "api_token") is masked whole.
 */
public final class SecretRedactor {

    public static final String MASK = "***";

    /** Words that make a name a secret's: an option, a variable, a JSON or XML field, an attribute. */
    private static final String SECRET_WORD = "(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key"
            + "|credentials?|auth[_-]?key|client[_-]?secret)";
    /** A value: double-quoted, single-quoted (quotes kept, everything between masked), or a bare word. */
    private static final String VALUE = "(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s\"',;&]+)";

    /** What a demanding analyst expects masked by default; each keeps its first group. */
    public static final List<String> DEFAULT_PATTERNS = List.of(
            // --password=x, --db-password "x y", -token x, --api-key='x' (not --password-file=/path, which names no secret)
            "(?i)((?:^|[\\s\"'])--?[\\w.-]*" + SECRET_WORD + "(?![\\w.-]*?[-_.](?:file|path|dir)\\b)[\\w.-]*(?:=|\\s+))" + VALUE,
            // DB_PASSWORD=x, PASSWORD='x y', secret: x, but not the shell's PWD=/home/alice (sudo's and audit's working directory)
            "(?i)(\\b[\\w.-]*(?:password|passwd|passphrase|(?<=[\\w.-])pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)"
                    + "(?![\\w.-]*?[-_.](?:file|path|dir)\\b)[\\w.-]*\\s*[=:]\\s*)" + VALUE,
            // JSON: "password": "x", "apiToken":"x"
            "(?i)(\"[\\w.-]*" + SECRET_WORD + "[\\w.-]*\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(?=\")",
            // XML: <password>x</password>, <db:secret attr="…">x</db:secret>
            "(?i)(<([\\w:.-]*" + SECRET_WORD + "[\\w.-]*)(?:\\s[^>]*)?>)[^<]*(?=</\\2>)",
            // mysql -px / mysqldump --password=x is above; -p glued to its value is mysql's and mariadb's own form
            "((?:^|[\\s/])(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\\b[^\\n]*?\\s-p)[^\\s\"']+",
            // sshpass -p x, redis-cli -a x, ldapsearch/ldapmodify/ldapadd -w x
            "((?:^|[\\s/])sshpass\\b[^\\n]*?\\s-p\\s*)" + VALUE,
            "((?:^|[\\s/])redis-cli\\b[^\\n]*?\\s-a\\s+)" + VALUE,
            "((?:^|[\\s/])ldap\\w*\\b[^\\n]*?\\s-w\\s+)" + VALUE,
            // curl -u user:pass, curl --user user:pass, wget --http-password is above
            "(?i)((?:^|[\\s/])curl\\b[^\\n]*?\\s(?:-u\\s*|--user[=\\s]+)[\"']?[^:\\s\"']+:)[^\\s\"']+",
            // openssl -passin pass:x, -passout pass:x, -pass pass:x, -k x
            "(?i)(-pass(?:in|out)?\\s+pass:)\\S+",
            // user:password@host in URLs
            "(://[^/\\s:@]+:)[^/\\s@]+(?=@)",
            // Authorization headers of any scheme (Bearer, Basic, Token, Digest, ApiKey ...)
            "(?i)(\\bauthorization\\s*[:=]\\s*[\"']?(?:[a-z][\\w-]*\\s+)?)[^\\s\"',;]+",
            "(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]+",
            "(?i)(\\bbasic\\s+)[A-Za-z0-9+/=]{8,}",
            // private key blocks of every kind (PEM, OpenSSH, PGP), to their end or to the end of the text
            "(-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----)[\\s\\S]*?(?=-----END|\\z)",
            // token formats recognisable by themselves: AWS, GitHub, GitLab, Slack, Google, Stripe, npm, PyPI, JWT
            "()\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b",
            "()\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\\b",
            "()\\bgithub_pat_[A-Za-z0-9_]{22,}\\b",
            "()\\bglpat-[A-Za-z0-9_-]{20,}\\b",
            "()\\bxox[abposr]-[A-Za-z0-9-]{10,}\\b",
            "()\\bAIza[0-9A-Za-z_-]{35}\\b",
            "()\\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\\b",
            "()\\bnpm_[A-Za-z0-9]{36}\\b",
            "()\\bpypi-[A-Za-z0-9_-]{40,}\\b",
            "()\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\b");

    /** Words of an attribute name that make it a secret's; "pwd" only beside another word (DB_PWD, not the shell's PWD). */
    private static final java.util.Set<String> SECRET_WORDS = java.util.Set.of("password", "passwd", "passphrase", "secret", "token",
            "apikey", "credential", "credentials", "privatekey", "clientsecret", "authkey", "accesskey");

    /** A pattern, and whether its first group is kept (the built-in ones) or the whole match masked (the analyst's). */
    private record Rule(Pattern pattern, boolean keepsFirstGroup) {
    }

    private final List<Rule> rules;

    private SecretRedactor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The given patterns, each keeping its first group (as the built-in ones do). */
    public SecretRedactor(List<Pattern> patterns, boolean keepFirstGroups) {
        this(patterns.stream().map(p -> new Rule(p, keepFirstGroups)).toList());
    }

    public static SecretRedactor defaults() {
        return new SecretRedactor(builtIn());
    }

    private static List<Rule> builtIn() {
        List<Rule> rules = new ArrayList<>();
        for (String source : DEFAULT_PATTERNS) {
            try {
                rules.add(new Rule(Pattern.compile(source), true));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("built-in pattern '" + source + "' does not compile: " + e.getDescription(), e);
            }
        }
        return rules;
    }

    /**
     * The defaults plus the patterns in a file, one regular expression per line ('#' starts a
     * comment); each masks its whole match. A pattern that does not compile is refused with its line number.
     */
    public static SecretRedactor withFile(Path file) throws IOException {
        List<Rule> all = builtIn();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                all.add(new Rule(Pattern.compile(line), false));
            } catch (PatternSyntaxException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a regular expression: " + e.getDescription());
            }
        }
        return new SecretRedactor(all);
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(result);
            if (!m.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            do {
                String kept = rule.keepsFirstGroup() && m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
                String matched = m.group();
                // a quoted value keeps its quotes, so the line still reads as it was written
                String value = matched.substring(Math.min(kept.length(), matched.length()));
                String quote = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))
                        ? value.substring(0, 1) : "";
                m.appendReplacement(out, Matcher.quoteReplacement(kept + quote + MASK + quote));
            } while (m.find());
            m.appendTail(out);
            result = out.toString();
        }
        return result;
    }

    /** Whether an attribute of this name holds a secret by its name alone (db.password, apiToken, AWS_SECRET_ACCESS_KEY). */
    public static boolean isSecretName(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        // words split at separators and at camel case: "db.password", "AWS_SECRET_ACCESS_KEY", "apiToken"
        List<String> words = new ArrayList<>();
        for (String part : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String pair = i + 1 < words.size() ? word + words.get(i + 1) : "";
            if (SECRET_WORDS.contains(word) || SECRET_WORDS.contains(pair) || (word.equals("pwd") && words.size() > 1)) {
                return true;
            }
        }
        return false;
    }

    /** An attribute's value as it may be stored: masked whole when its name says secret, else by the patterns. */
    public String redact(String name, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return isSecretName(name) ? MASK : redact(value);
    }

    /** Attributes as they may be stored (see {@link #redact(String, String)}); the same map when nothing changed. */
    public Map<String, String> redactAttributes(Map<String, String> attributes) {
        Map<String, String> out = null;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String redacted = redact(e.getKey(), e.getValue());
            if (!java.util.Objects.equals(redacted, e.getValue())) {
                if (out == null) {
                    out = new TreeMap<>(attributes);
                }
                out.put(e.getKey(), redacted);
            }
        }
        return out == null ? attributes : out;
    }
}
