package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.twinbench.remedy.plan.Action;

/**
 * Changes a service's state; the inverse is whether it was enabled and running. Undoing brings
 * both back, and restarts a service that ran so it reads the configuration files the rollback
 * restored (which is why {@link PlanRunner} undoes services after files).
 */
final class ServiceStep implements Step<Action.Service> {

    private final ServiceManager services;

    ServiceStep(Host host) {
        this.services = new ServiceManager(host);
    }

    @Override
    public Map<String, Object> prepare(Action.Service action, Path backups, String name) throws IOException, StepException {
        if (!services.exists(action.name())) {
            throw new StepException("there is no service " + action.name() + " on this endpoint");
        }
        Map<String, Object> inverse = new LinkedHashMap<>();
        inverse.put("service", action.name());
        inverse.put("enabled", services.enabled(action.name()));
        inverse.put("active", services.active(action.name()));
        return inverse;
    }

    @Override
    public void apply(Action.Service action) throws IOException, StepException {
        services.perform(action.operation().word(), action.name());
    }

    @Override
    public void undo(Map<String, Object> inverse, Path backups) throws IOException, StepException {
        String name = (String) inverse.get("service");
        boolean enabled = Boolean.TRUE.equals(inverse.get("enabled"));
        if (services.enabled(name) != enabled) {
            services.perform(enabled ? "enable" : "disable", name);
        }
        if (Boolean.TRUE.equals(inverse.get("active"))) {
            services.perform("restart", name);
        } else if (services.active(name)) {
            services.perform("stop", name);
        }
    }
}
