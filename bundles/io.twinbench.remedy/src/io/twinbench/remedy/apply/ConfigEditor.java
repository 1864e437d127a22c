package io.twinbench.remedy.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.remedy.plan.Action;

/**
 * Sets and removes keys in a configuration file's text and keeps every other line, comment and
 * blank exactly as it was. sshd style: {@code Key value}, keys without case, only the part before
 * the first {@code Match} block (a new key goes just before it). INI style: {@code key = value}
 * in the given {@code [section]} (or before the first section), created when missing.
 */
public final class ConfigEditor {

    private static final Pattern SSHD_LINE = Pattern.compile("^(\\s*)([A-Za-z0-9_.-]+)(\\s*=\\s*|\\s+)(.*?)(\\s*)$");
    private static final Pattern INI_LINE = Pattern.compile("^(\\s*)([^=;#\\[\\s][^=]*?)(\\s*=\\s*)(.*?)(\\s*)$");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]*)\\]\\s*$");

    public String edit(String text, Action.EditConfig edit) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        boolean finalNewline = text.isEmpty() || text.endsWith("\n");
        if (finalNewline && !lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (edit.style() == Action.ConfigStyle.SSHD) {
            sshd(lines, edit.set(), edit.remove());
        } else {
            ini(lines, edit.section(), edit.set(), edit.remove());
        }
        return String.join("\n", lines) + (finalNewline || lines.isEmpty() ? "\n" : "");
    }

    private static void sshd(List<String> lines, Map<String, String> set, List<String> remove) {
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SSHD_LINE.matcher(lines.get(i));
            if (m.matches() && m.group(2).equalsIgnoreCase("Match")) {
                end = i;
                break;
            }
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> entry : set.entrySet()) {
            int at = find(lines, 0, end, SSHD_LINE, entry.getKey(), true);
            if (at >= 0) {
                Matcher m = SSHD_LINE.matcher(lines.get(at));
                m.matches();
                lines.set(at, m.group(1) + m.group(2) + m.group(3) + entry.getValue());
            } else {
                missing.add(entry.getKey() + " " + entry.getValue());
            }
        }
        for (String key : remove) {
            for (int at; (at = find(lines, 0, end, SSHD_LINE, key, true)) >= 0; end--) {
                lines.remove(at);
            }
        }
        lines.addAll(end, missing);
    }

    private static void ini(List<String> lines, String section, Map<String, String> set, List<String> remove) {
        int[] bounds = section(lines, section);
        if (bounds == null) {
            if (set.isEmpty()) {
                return;
            }
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.add("[" + section + "]");
            bounds = new int[] {lines.size(), lines.size()};
        }
        int start = bounds[0];
        int end = bounds[1];
        for (String key : remove) {
            for (int at; (at = find(lines, start, end, INI_LINE, key, false)) >= 0; end--) {
                lines.remove(at);
            }
        }
        for (Map.Entry<String, String> entry : set.entrySet()) {
            int at = find(lines, start, end, INI_LINE, entry.getKey(), false);
            if (at >= 0) {
                Matcher m = INI_LINE.matcher(lines.get(at));
                m.matches();
                lines.set(at, m.group(1) + m.group(2) + m.group(3) + entry.getValue());
            } else {
                int insert = end;
                while (insert > start && lines.get(insert - 1).isBlank()) {
                    insert--;
                }
                lines.add(insert, entry.getKey() + " = " + entry.getValue());
                end++;
            }
        }
    }

    /** [first line of the section's body, index after its last line], or null when it is missing. */
    private static int[] section(List<String> lines, String section) {
        int start = section.isEmpty() ? 0 : -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SECTION.matcher(lines.get(i));
            if (m.matches()) {
                if (start >= 0) {
                    return new int[] {start, i};
                }
                if (m.group(1).trim().equals(section)) {
                    start = i + 1;
                }
            }
        }
        return start >= 0 ? new int[] {start, lines.size()} : null;
    }

    private static int find(List<String> lines, int from, int to, Pattern pattern, String key, boolean ignoreCase) {
        for (int i = from; i < to; i++) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.matches() && (ignoreCase ? m.group(2).trim().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))
                    : m.group(2).trim().equals(key))) {
                return i;
            }
        }
        return -1;
    }
}
