package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import io.twinbench.remedy.plan.Action;

/** Finds the one step that implements each kind of action, and the one that undoes each kind of inverse. */
public final class Steps {

    private final FileStep files;
    private final PackageStep packages;
    private final ServiceStep services;
    private final SysctlStep sysctls;
    private final AccountStep accounts;
    private final FirewallStep firewall;

    /** artifacts: where the plan's verified artifacts are, by name. */
    public Steps(Host host, Function<String, Path> artifacts) {
        this.files = new FileStep(host, artifacts);
        this.packages = new PackageStep(host, artifacts);
        this.services = new ServiceStep(host);
        this.sysctls = new SysctlStep(host);
        this.accounts = new AccountStep(host);
        this.firewall = new FirewallStep(host);
    }

    Map<String, Object> prepare(Action action, Path backups, String name) throws IOException, StepException {
        if (action instanceof Action.Package p) {
            return packages.prepare(p, backups, name);
        } else if (action instanceof Action.Service s) {
            return services.prepare(s, backups, name);
        } else if (action instanceof Action.Sysctl s) {
            return sysctls.prepare(s, backups, name);
        } else if (action instanceof Action.Account a) {
            return accounts.prepare(a, backups, name);
        } else if (action instanceof Action.Firewall f) {
            return firewall.prepare(f, backups, name);
        }
        return files.prepare(action, backups, name);
    }

    void apply(Action action) throws IOException, StepException {
        if (action instanceof Action.Package p) {
            packages.apply(p);
        } else if (action instanceof Action.Service s) {
            services.apply(s);
        } else if (action instanceof Action.Sysctl s) {
            sysctls.apply(s);
        } else if (action instanceof Action.Account a) {
            accounts.apply(a);
        } else if (action instanceof Action.Firewall f) {
            firewall.apply(f);
        } else {
            files.apply(action);
        }
    }

    void undo(Map<String, Object> inverse, Path backups) throws IOException, StepException {
        if (inverse.containsKey("package")) {
            packages.undo(inverse, backups);
        } else if (inverse.containsKey("service")) {
            services.undo(inverse, backups);
        } else if (inverse.containsKey("sysctl")) {
            sysctls.undo(inverse, backups);
        } else if (inverse.containsKey("account")) {
            accounts.undo(inverse, backups);
        } else if (inverse.containsKey("firewall")) {
            firewall.undo(inverse, backups);
        } else {
            files.undo(inverse, backups);
        }
    }

    static boolean isService(Map<String, Object> inverse) {
        return inverse.containsKey("service");
    }
}
