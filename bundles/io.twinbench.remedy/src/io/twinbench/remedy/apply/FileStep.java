package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.twinbench.remedy.plan.Action;

/** Writes a file or edits keys in one; the inverse is the file as it was (or its absence), with its owner and mode. */
final class FileStep implements Step<Action> {

    private final Host host;
    private final Function<String, Path> artifacts;
    private final ConfigEditor editor = new ConfigEditor();

    FileStep(Host host, Function<String, Path> artifacts) {
        this.host = host;
        this.artifacts = artifacts;
    }

    static String pathOf(Action action) {
        if (action instanceof Action.Limit limit) {
            return limit.path();
        }
        return action instanceof Action.WriteFile w ? w.path() : ((Action.EditConfig) action).path();
    }

    @Override
    public Map<String, Object> prepare(Action action, Path backups, String name) throws IOException, StepException {
        String path = pathOf(action);
        Path target = host.file(path);
        Map<String, Object> inverse = new LinkedHashMap<>();
        inverse.put("restore", path);
        if (Files.isSymbolicLink(target)) {
            throw new StepException(path + " is a symbolic link; a plan replaces regular files only");
        }
        if (!Files.isDirectory(target.getParent(), LinkOption.NOFOLLOW_LINKS)) {
            throw new StepException("the directory of " + path + " does not exist");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new StepException(path + " is not a regular file");
            }
            Durable.copy(target, backups.resolve(name));
            FileOwnership was = FileOwnership.of(target);
            inverse.put("backup", name);
            inverse.put("owner", was.owner());
            inverse.put("group", was.group());
            inverse.put("mode", was.mode());
        } else if (action instanceof Action.EditConfig) {
            throw new StepException(path + " does not exist; an edit changes an existing file (write it instead)");
        }
        return inverse;
    }

    @Override
    public void apply(Action action) throws IOException, StepException {
        Path target = host.file(pathOf(action));
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        FileOwnership kept = existed ? FileOwnership.of(target) : new FileOwnership(null, null, 0644);
        if (action instanceof Action.Limit limit) {
            Durable.replace(target, limit.line().getBytes(StandardCharsets.UTF_8), new FileOwnership("root", "root", 0644));
        } else if (action instanceof Action.WriteFile write) {
            FileOwnership wanted = new FileOwnership(write.owner() != null ? write.owner() : kept.owner(),
                    write.group() != null ? write.group() : kept.group(), write.mode() != null ? write.mode() : kept.mode());
            if (write.artifact() != null) {
                Durable.replaceWithFile(target, artifacts.apply(write.artifact()), wanted);
            } else {
                Durable.replace(target, write.content().getBytes(StandardCharsets.UTF_8), wanted);
            }
        } else {
            Action.EditConfig edit = (Action.EditConfig) action;
            String text = Files.readString(target, StandardCharsets.UTF_8);
            Durable.replace(target, editor.edit(text, edit).getBytes(StandardCharsets.UTF_8), kept);
        }
    }

    @Override
    public void undo(Map<String, Object> inverse, Path backups) throws IOException {
        Path target = host.file((String) inverse.get("restore"));
        Object backup = inverse.get("backup");
        if (backup == null) {
            Files.deleteIfExists(target);
            Durable.forceDirectory(target.getParent());
            return;
        }
        Integer mode = inverse.get("mode") instanceof Number n ? n.intValue() : null;
        Durable.replaceWithFile(target, backups.resolve((String) backup),
                new FileOwnership((String) inverse.get("owner"), (String) inverse.get("group"), mode));
    }
}
