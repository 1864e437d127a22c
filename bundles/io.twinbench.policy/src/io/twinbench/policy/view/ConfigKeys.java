package io.twinbench.policy.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of a configuration file's text, as its program reads them, so a rule can say
 * {@code c.keys['PermitRootLogin'] == 'no'} instead of matching text. Two shapes cover the
 * files an inventory carries with their contents: "Key value" (sshd: the first value of a key
 * wins, and a Match block's keys are not global) and "key = value" (sysctl, ini, env files: the
 * last wins). Comments start with # or ;. Keys of sshd files are matched as sshd does, without
 * regard to case, so they are kept in the case the file's first mention gives.
 */
public final class ConfigKeys {

    static final int MAX_KEYS = 2_000;

    private ConfigKeys() {
    }

    public static Map<String, String> of(String path, String text) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return keys;
        }
        boolean sshd = path.contains("/ssh/") && (path.endsWith("_config") || path.endsWith(".conf"));
        Map<String, String> caseless = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("[")) {
                continue;
            }
            if (keys.size() >= MAX_KEYS) {
                break;
            }
            int equals = line.indexOf('=');
            int space = indexOfSpace(line);
            if (sshd || equals < 0 || (space >= 0 && space < equals && !line.substring(space, equals).isBlank())) {
                if (space < 0) {
                    continue;
                }
                String key = line.substring(0, space);
                if (sshd && key.equalsIgnoreCase("Match")) {
                    break;
                }
                String value = unquote(line.substring(space).strip());
                String known = caseless.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), key);
                if (sshd) {
                    keys.putIfAbsent(known == null ? key : known, value);
                } else {
                    keys.put(key, value);
                }
            } else {
                keys.put(line.substring(0, equals).strip(), unquote(line.substring(equals + 1).strip()));
            }
        }
        return keys;
    }

    private static int indexOfSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
