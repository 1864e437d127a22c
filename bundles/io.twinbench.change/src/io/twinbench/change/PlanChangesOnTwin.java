package io.twinbench.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.remedy.apply.ConfigEditor;
import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.Plan;

/**
 * What a plan will change on one endpoint, read against its twin as the store last has it: the
 * lines an edit or a write changes in a configuration file whose content the twin holds (a diff,
 * made by the very editor the agent runs), a package's version from and to, a service's state
 * before and what the action does to it. What the twin does not record is said, not guessed.
 */
public final class PlanChangesOnTwin {

    private static final int MAX_DIFF_LINES = 60;
    /** Lines of each side the table compares after the shared start and end: a table of at most 1,000 by 1,000. */
    private static final int MAX_DIFF_INPUT = 1_000;

    private PlanChangesOnTwin() {
    }

    public static List<String> of(Plan plan, Twin twin) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < plan.actions().size(); i++) {
            Action action = plan.actions().get(i);
            String head = (i + 1) + ". " + action.describe();
            if (action instanceof Action.EditConfig edit) {
                lines.add(head);
                fileChange(twin, edit.path(), content -> new ConfigEditor().edit(content, edit), lines);
            } else if (action instanceof Action.WriteFile write) {
                lines.add(head);
                if (write.content() != null) {
                    fileChange(twin, write.path(), content -> write.content(), lines);
                } else {
                    lines.add("     the whole file from artifact " + write.artifact() + config(twin, write.path()).map(c -> ", replacing one of sha256 "
                            + shortHash(c.getSha256())).orElse(""));
                }
            } else if (action instanceof Action.Package p) {
                Optional<SoftwarePackage> installed = element(twin, ElementKind.PACKAGE, SoftwarePackage.class, e -> p.name().equals(e.getName()));
                String from = installed.map(SoftwarePackage::getVersion).map(v -> "version " + v).orElse("not installed");
                String to = p.operation() == Action.PackageOperation.REMOVE ? "removed" : "version " + artifactVersion(p.artifact());
                lines.add(head + ": " + from + " → " + to);
            } else if (action instanceof Action.Service s) {
                String unit = s.name().replaceFirst("\\.service$", "");
                Optional<Service> service = element(twin, ElementKind.SERVICE, Service.class, e -> unit.equals(e.getUnit()) || s.name().equals(e.getName()));
                lines.add(head + ": " + service.map(e -> e.getState().getLiteral().toLowerCase(Locale.ROOT) + (e.isEnabled() ? ", enabled" : ", not enabled"))
                        .orElse("no such service in the twin") + " → " + switch (s.operation()) {
                            case START -> "active";
                            case STOP -> "inactive";
                            case RESTART -> "restarted";
                            case ENABLE -> "enabled";
                            case DISABLE -> "not enabled";
                        });
            } else {
                lines.add(head);
            }
        }
        return lines;
    }

    private static void fileChange(Twin twin, String path, java.util.function.UnaryOperator<String> change, List<String> lines) {
        Optional<ConfigurationItem> item = config(twin, path);
        if (item.isEmpty()) {
            lines.add("     not among the files the twin records: the change is made as written");
            return;
        }
        String content = item.get().getValue();
        if (content == null) {
            lines.add("     the twin holds only this file's sha256 " + shortHash(item.get().getSha256()) + ", not its content");
            return;
        }
        String after = change.apply(content);
        if (after.equals(content)) {
            lines.add("     no line changes: the file already says this");
            return;
        }
        lines.addAll(diff(content, after));
    }

    private static Optional<ConfigurationItem> config(Twin twin, String path) {
        return element(twin, ElementKind.CONFIGURATION, ConfigurationItem.class, c -> path.equals(c.getPath()));
    }

    private static <T extends Element> Optional<T> element(Twin twin, ElementKind kind, Class<T> type, java.util.function.Predicate<T> match) {
        return twin.elementsOfKind(kind).stream().filter(type::isInstance).map(type::cast).filter(match).findFirst();
    }

    /** The changed lines, each after a minus (as it is) or a plus (as it will be), by a longest common subsequence. */
    private static List<String> diff(String before, String after) {
        List<String> wholeA = before.lines().toList();
        List<String> wholeB = after.lines().toList();
        // an edit changes a few lines: what both share at the start and the end needs no table
        int start = 0;
        while (start < wholeA.size() && start < wholeB.size() && wholeA.get(start).equals(wholeB.get(start))) {
            start++;
        }
        int endA = wholeA.size();
        int endB = wholeB.size();
        while (endA > start && endB > start && wholeA.get(endA - 1).equals(wholeB.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> a = wholeA.subList(start, Math.min(endA, start + MAX_DIFF_INPUT));
        List<String> b = wholeB.subList(start, Math.min(endB, start + MAX_DIFF_INPUT));
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < a.size() || j < b.size()) && out.size() < MAX_DIFF_LINES) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.add("     - " + a.get(i++)); // what goes before what comes, as diff prints them
            } else {
                out.add("     + " + b.get(j++));
            }
        }
        if (out.size() >= MAX_DIFF_LINES) {
            out.add("     … (more lines change)");
        }
        return out;
    }

    private static String artifactVersion(String artifact) {
        String[] parts = artifact == null ? new String[0] : artifact.split("_");
        return parts.length >= 2 ? java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8) : "of " + artifact;
    }

    private static String shortHash(String sha256) {
        return sha256 == null ? "unknown" : sha256.substring(0, Math.min(12, sha256.length())) + "…";
    }
}
