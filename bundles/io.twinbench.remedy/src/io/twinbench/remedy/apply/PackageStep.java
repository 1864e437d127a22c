package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.twinbench.remedy.plan.Action;

/**
 * Installs, upgrades or removes a Debian package with dpkg from a pinned artifact. The inverse
 * is the package as it was: before anything changes the installed version is packed again from
 * the endpoint's own files and dpkg database ({@link PackageRepack}), so a rollback reinstalls
 * that exact version without any repository; a package that was absent is purged.
 */
final class PackageStep implements Step<Action.Package> {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private final Host host;
    private final Function<String, Path> artifacts;

    PackageStep(Host host, Function<String, Path> artifacts) {
        this.host = host;
        this.artifacts = artifacts;
    }

    /** The installed version, or null when the package is not installed. */
    String installedVersion(String name) throws IOException {
        Host.CommandResult result = host.run(List.of("dpkg-query", "-W", "-f=${db:Status-Abbrev}\t${Version}", name), TIMEOUT);
        if (!result.ok() || !result.output().startsWith("ii")) {
            return null;
        }
        return result.output().substring(result.output().indexOf('\t') + 1).trim();
    }

    @Override
    public Map<String, Object> prepare(Action.Package action, Path backups, String name) throws IOException, StepException {
        if (action.artifact() != null) {
            Host.CommandResult field = host.run(List.of("dpkg-deb", "-f", host.endpointPath(artifacts.apply(action.artifact())), "Package"), TIMEOUT);
            if (!field.ok() || !field.output().trim().equals(action.name())) {
                throw new StepException("artifact " + action.artifact() + " is not a package of " + action.name()
                        + (field.ok() ? " (it holds " + field.output().trim() + ")" : ": " + ServiceManager.tail(field.output())));
            }
        }
        String version = installedVersion(action.name());
        if (action.operation() == Action.PackageOperation.UPGRADE && version == null) {
            throw new StepException("package " + action.name() + " is not installed; install it instead of upgrading");
        }
        if (action.operation() == Action.PackageOperation.REMOVE && version == null) {
            throw new StepException("package " + action.name() + " is not installed");
        }
        Map<String, Object> inverse = new LinkedHashMap<>();
        inverse.put("package", action.name());
        if (version != null) {
            new PackageRepack(host).repack(action.name(), backups.resolve(name + ".deb"));
            inverse.put("version", version);
            inverse.put("backup", name + ".deb");
        }
        return inverse;
    }

    @Override
    public void apply(Action.Package action) throws IOException, StepException {
        List<String> argv = action.operation() == Action.PackageOperation.REMOVE
                ? List.of("dpkg", "--force-confold", "-r", action.name())
                : List.of("dpkg", "--force-confold", "-i", host.endpointPath(artifacts.apply(action.artifact())));
        dpkg(argv);
    }

    private void dpkg(List<String> argv) throws IOException, StepException {
        Host.CommandResult result = host.run(argv, TIMEOUT);
        if (!result.ok()) {
            throw new StepException(String.join(" ", argv.subList(0, argv.size() - 1)) + " failed (exit " + result.exitCode() + "): "
                    + ServiceManager.tail(result.output()));
        }
    }

    @Override
    public void undo(Map<String, Object> inverse, Path backups) throws IOException, StepException {
        String name = (String) inverse.get("package");
        Object backup = inverse.get("backup");
        if (backup == null) {
            if (installedVersion(name) != null || host.run(List.of("dpkg-query", "-W", name), TIMEOUT).ok()) {
                dpkg(List.of("dpkg", "--purge", name));
            }
            return;
        }
        if (inverse.get("version").equals(installedVersion(name))) {
            return;
        }
        // the repacked conffiles are the ones the endpoint had: take them back as they were
        dpkg(List.of("dpkg", "--force-confnew", "--force-downgrade", "-i", host.endpointPath(backups.resolve((String) backup))));
    }
}
