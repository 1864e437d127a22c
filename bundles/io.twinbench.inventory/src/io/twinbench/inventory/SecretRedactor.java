package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final String VALUE = "(?:\"(?:[^\"\\\\]|\\\\.)*+\"|'[^']*+'|[^\\s\"',;&]++)";

    /**
     * Options and variables whose name says secret, each with its value: "--password x",
     * "-token=x", "DB_PASSWORD=x", "secret: x". The name is matched whole and possessively, and
     * judged by {@link #isSecretOption}, so no text (however long its words) makes the pattern
     * backtrack: a collector that masks every event must not be stalled by a crafted line.
     */
    private static final Pattern OPTION = Pattern.compile("(?<=^|[\\s\"'])(--?[\\w.-]++)(=|\\s++)(" + VALUE + ")");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?<![\\w.-])([\\w.-]++)(\\s*+[=:]\\s*+)(" + VALUE + ")");

    /**
     * What a demanding analyst expects masked by default besides options and variables; each keeps
     * its first group. A pattern is tried only on text holding one of its words (lower case): most
     * lines name no mysql or curl, and scanning every line with every pattern is most of the cost.
     */
    private static final List<Hinted> BUILT_IN = List.of(
            // JSON: "password": "x", "apiToken":"x"
            Hinted.when(Hinted.SECRET_HINTS, "(?i)(\"[\\w.-]{0,64}" + SECRET_WORD + "[\\w.-]{0,64}\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*+(?=\")"),
            // XML: <password>x</password>, <db:secret attr="…">x</db:secret>
            Hinted.when(Hinted.SECRET_HINTS, "(?i)(<([\\w:.-]{0,64}" + SECRET_WORD + "[\\w.-]{0,64})(?:\\s[^>]{0,500})?>)[^<]*+(?=</\\2>)"),
            // -p glued to its value is mysql's and mariadb's own form (within a line's reach of the command)
            Hinted.when(List.of("mysql", "mariadb"),
                    "((?:^|[\\s/])(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\\b[^\\n]{0,300}?\\s-p)[^\\s\"']++"),
            // sshpass -p x, redis-cli -a x, ldapsearch/ldapmodify/ldapadd -w x
            Hinted.when(List.of("sshpass"), "((?:^|[\\s/])sshpass\\b[^\\n]{0,300}?\\s-p\\s*+)" + VALUE),
            Hinted.when(List.of("redis-cli"), "((?:^|[\\s/])redis-cli\\b[^\\n]{0,300}?\\s-a\\s++)" + VALUE),
            Hinted.when(List.of("ldap"), "((?:^|[\\s/])ldap\\w*+\\b[^\\n]{0,300}?\\s-w\\s++)" + VALUE),
            // curl -u user:pass, curl --user user:pass
            Hinted.when(List.of("curl"), "(?i)((?:^|[\\s/])curl\\b[^\\n]{0,300}?\\s(?:-u\\s*+|--user[=\\s]++)[\"']?[^:\\s\"']{1,200}:)[^\\s\"']++"),
            // openssl -passin pass:x, -passout pass:x, -pass pass:x
            Hinted.when(List.of("-pass"), "(?i)(-pass(?:in|out)?\\s++pass:)\\S++"),
            // user:password@host in URLs
            Hinted.when(List.of("://"), "(://[^/\\s:@]{1,200}:)[^/\\s@]{1,500}(?=@)"),
            // Authorization headers of any scheme (Bearer, Basic, Token, Digest, ApiKey ...)
            Hinted.when(List.of("authorization"), "(?i)(\\bauthorization\\s*+[:=]\\s*+[\"']?(?:[a-z][\\w-]{0,30}\\s++)?)[^\\s\"',;]++"),
            Hinted.when(List.of("bearer"), "(?i)(\\bbearer\\s++)[A-Za-z0-9._~+/=-]++"),
            Hinted.when(List.of("basic"), "(?i)(\\bbasic\\s++)[A-Za-z0-9+/=]{8,}+"),
            // private key blocks of every kind (PEM, OpenSSH, PGP), to their end or to the end of the text
            Hinted.when(List.of("-----begin "), "(-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY[A-Z ]{0,20}-----)[\\s\\S]*?(?=-----END|\\z)"),
            // token formats recognisable by themselves: AWS, GitHub, GitLab, Slack, Google, Stripe, npm, PyPI, JWT; one scan for all
            Hinted.when(List.of("akia", "asia", "gh", "github_pat_", "glpat-", "xox", "aiza", "_live_", "npm_", "pypi-", "eyj"), "()\\b(?:"
                    + "(?:AKIA|ASIA)[0-9A-Z]{16}\\b"
                    + "|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}+\\b"
                    + "|github_pat_[A-Za-z0-9_]{22,}+\\b"
                    + "|glpat-[A-Za-z0-9_-]{20,}+\\b"
                    + "|xox[abposr]-[A-Za-z0-9-]{10,}+\\b"
                    + "|AIza[0-9A-Za-z_-]{35}\\b"
                    + "|(?:sk|rk)_live_[0-9A-Za-z]{16,}+\\b"
                    + "|npm_[A-Za-z0-9]{36}\\b"
                    + "|pypi-[A-Za-z0-9_-]{40,}+\\b"
                    + "|eyJ[A-Za-z0-9_-]{8,}+\\.eyJ[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+\\b)"));

    /** The built-in patterns' sources, as the analyst may read them. */
    public static final List<String> DEFAULT_PATTERNS = BUILT_IN.stream().map(Hinted::source).toList();

    /** A built-in pattern and the words (lower case) of which a text must hold one for it to match; none: always tried. */
    private record Hinted(List<String> words, String source) {
        /** Every secret's name holds one of these (lower case): a text without any names no secret, so no option, variable or field is masked. */
        static final List<String> SECRET_HINTS = List.of("pwd", "pass", "secret", "token", "key", "credential");

        static Hinted when(List<String> words, String source) {
            return new Hinted(words, source);
        }
    }

    /** Words of an attribute name that make it a secret's; "pwd" only beside another word (DB_PWD, not the shell's PWD). */
    private static final java.util.Set<String> SECRET_WORDS = java.util.Set.of("password", "passwd", "passphrase", "secret", "token",
            "apikey", "credential", "credentials", "privatekey", "clientsecret", "authkey", "accesskey");

    /**
     * A pattern, whether its first group is kept (the built-in ones) or the whole match masked (the
     * analyst's), and the words of which a text must hold one for it to be tried (none: always).
     */
    private record Rule(Pattern pattern, boolean keepsFirstGroup, List<String> words) {
        boolean mayMatch(String lowerCaseText) {
            if (words.isEmpty()) {
                return true;
            }
            for (String word : words) {
                if (lowerCaseText.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Rule> rules;

    private SecretRedactor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The given patterns, each keeping its first group (as the built-in ones do). */
    public SecretRedactor(List<Pattern> patterns, boolean keepFirstGroups) {
        this(patterns.stream().map(p -> new Rule(p, keepFirstGroups, List.of())).toList());
    }

    public static SecretRedactor defaults() {
        return new SecretRedactor(builtIn());
    }

    private static List<Rule> builtIn() {
        List<Rule> rules = new ArrayList<>();
        for (Hinted hinted : BUILT_IN) {
            try {
                rules.add(new Rule(Pattern.compile(hinted.source()), true, hinted.words()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("built-in pattern '" + hinted.source() + "' does not compile: " + e.getDescription(), e);
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
                all.add(new Rule(Pattern.compile(line), false, List.of()));
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
        // masking only takes text away, so a word missing from the text as given is missing from what is left of it too
        String lowerCase = text.toLowerCase(Locale.ROOT);
        String result = namesASecret(lowerCase) ? maskValues(maskValues(text, OPTION), ASSIGNMENT) : text;
        for (Rule rule : rules) {
            if (!rule.mayMatch(lowerCase)) {
                continue;
            }
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

    private static boolean namesASecret(String lowerCase) {
        for (String hint : Hinted.SECRET_HINTS) {
            if (lowerCase.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** Names that hold a secret's value: "password", "db_pwd", "apiToken", "AWS_SECRET_ACCESS_KEY"; lower case, anywhere in the name. */
    private static final List<String> SECRET_PARTS = List.of("password", "passwd", "passphrase", "secret", "token", "apikey", "api_key", "api-key",
            "accesskey", "access_key", "access-key", "privatekey", "private_key", "private-key", "credential", "authkey", "auth_key");
    private static final List<String> PLACES = List.of("file", "path", "dir");

    /**
     * Whether an option or variable of this name is given a secret: its name says so (pwd only
     * beside something else, so the shell's PWD stays readable), unless it names where the secret
     * is kept (--password-file, DB_PASSWORD_FILE, SECRET_DIR).
     */
    static boolean isSecretOption(String name) {
        int dashes = 0;
        while (dashes < name.length() && name.charAt(dashes) == '-') {
            dashes++;
        }
        String n = name.substring(dashes).toLowerCase(Locale.ROOT);
        boolean secret = n.contains("pwd") && !n.equals("pwd");
        for (int i = 0; !secret && i < SECRET_PARTS.size(); i++) {
            secret = n.contains(SECRET_PARTS.get(i));
        }
        return secret && !namesAPlace(n);
    }

    /** Whether a name ends in -file, _path, .dir and the like: where a secret is kept, not the secret. */
    private static boolean namesAPlace(String lowerCaseName) {
        for (String place : PLACES) {
            int at = lowerCaseName.length() - place.length() - 1;
            if (at >= 0 && lowerCaseName.endsWith(place) && "-_.".indexOf(lowerCaseName.charAt(at)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Masks the value of each option or assignment the pattern finds whose name is a secret's, keeping a quoted value's quotes. */
    private static String maskValues(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (!isSecretOption(m.group(1))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            String value = m.group(3);
            String quote = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))
                    ? value.substring(0, 1) : "";
            out.append(text, last, m.start(3)).append(quote).append(MASK).append(quote);
            last = m.end(3);
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
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
