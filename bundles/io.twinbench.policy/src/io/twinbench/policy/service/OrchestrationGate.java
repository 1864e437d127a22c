package io.twinbench.policy.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.ServiceState;
import io.twinbench.model.twin.Twin;
import io.twinbench.policy.document.GroupSpec;
import io.twinbench.policy.document.LabelSelector;
import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.rollout.engine.ChangeGate;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;

/**
 * The orchestration policies in force, asked before a rollout starts changing an endpoint: for
 * each group (endpoints chosen by their labels) that holds it, at most maxChanging of the group
 * may be under change at once, and each service to keep serving must stay up (active in its
 * twin, as its agent reported it last) on enough of the group's other endpoints that are not
 * changing. The policies and labels are read at each question, so a policy applied or an
 * endpoint labelled while a rollout runs counts from its next step.
 */
public final class OrchestrationGate implements ChangeGate {

    private final TwinStore store;
    private final Function<String, Optional<Twin>> twins;
    private final Map<String, List<GroupSpec>> parsed = new ConcurrentHashMap<>();

    /** twins: how a twin is read as it is now (its services' states). */
    public OrchestrationGate(TwinStore store, Function<String, Optional<Twin>> twins) {
        this.store = store;
        this.twins = twins;
    }

    /** One step's questions: the policies in force, the labels and the enrolled endpoints read once; each twin at most once. */
    @Override
    public Check now() {
        Fleet fleet = Fleet.of(store);
        List<Group> groups = new ArrayList<>();
        for (PolicyVersions.Version v : store.policies().inForce()) {
            if (PolicyDocument.ORCHESTRATION.equals(v.kind())) {
                for (GroupSpec group : groups(v)) {
                    groups.add(new Group(group, "group " + group.name() + " (" + group.selector() + ") of policy " + v.name() + " v" + v.version(),
                            new java.util.LinkedHashSet<>(fleet.members(group.selector()))));
                }
            }
        }
        return new Check(groups);
    }

    /** The endpoints a group holds now: every enrolled or labelled endpoint its selector chooses. */
    public static List<String> members(TwinStore store, LabelSelector selector) {
        return Fleet.of(store).members(selector);
    }

    /** Every enrolled or labelled endpoint with its labels, read once. */
    private record Fleet(Set<String> endpoints, Map<String, Map<String, String>> labels) {
        static Fleet of(TwinStore store) {
            Map<String, Map<String, String>> labels = store.labels().all();
            Set<String> endpoints = new TreeSet<>(labels.keySet());
            store.enrollments().agents().forEach(a -> endpoints.add(a.id()));
            return new Fleet(endpoints, labels);
        }

        List<String> members(LabelSelector selector) {
            return endpoints.stream().filter(e -> selector.matches(labels.getOrDefault(e, Map.of()))).toList();
        }
    }

    private record Group(GroupSpec spec, String where, Set<String> members) {
    }

    /** The groups as they were when the check was made. */
    public final class Check implements ChangeGate.Check {
        private final List<Group> groups;
        private final Map<String, Optional<Twin>> read = new HashMap<>();
        /** Which of a group's members serve a service, by group and service: the twins do not change within one step. */
        private final Map<String, Set<String>> serving = new HashMap<>();

        private Check(List<Group> groups) {
            this.groups = groups;
        }

        @Override
        public Optional<String> holdBack(String endpoint, Set<String> changing) {
            for (Group group : groups) {
                if (!group.members().contains(endpoint)) {
                    continue;
                }
                GroupSpec spec = group.spec();
                List<String> busy = group.members().stream().filter(e -> !e.equals(endpoint) && changing.contains(e)).toList();
                if (spec.maxChanging() > 0 && busy.size() >= spec.maxChanging()) {
                    return Optional.of(group.where() + " lets at most " + spec.maxChanging() + " change at once; changing now: " + names(busy));
                }
                for (GroupSpec.KeepServing keep : spec.keepServing()) {
                    Set<String> servers = serving.computeIfAbsent(group.where() + "\n" + keep.service(), k -> new java.util.LinkedHashSet<>(
                            group.members().stream().filter(m -> serves(m, keep.service())).toList()));
                    List<String> up = servers.stream().filter(m -> !m.equals(endpoint) && !changing.contains(m)).toList();
                    if (up.size() < keep.atLeast()) {
                        return Optional.of(group.where() + " keeps " + keep.service() + " up on at least " + keep.atLeast() + " while one changes; up on "
                                + up.size() + " other(s) not changing" + (up.isEmpty() ? "" : " (" + names(up) + ")"));
                    }
                }
            }
            return Optional.empty();
        }

        private boolean serves(String endpoint, String service) {
            return read.computeIfAbsent(endpoint, twins).map(t -> t.getElements().stream().anyMatch(e -> e instanceof Service s
                    && s.getState() == ServiceState.ACTIVE
                    && (service.equals(s.getName()) || service.equals(s.getUnit()) || (service + ".service").equals(s.getUnit())))).orElse(false);
        }
    }

    /** At most ten names, then how many more: a reason stays readable in a rollout's decisions. */
    private static String names(List<String> endpoints) {
        return endpoints.size() <= 10 ? String.join(", ", endpoints)
                : String.join(", ", endpoints.subList(0, 10)) + " and " + (endpoints.size() - 10) + " more";
    }

    /** The groups of a policy version, read once (a version's text never changes). */
    private List<GroupSpec> groups(PolicyVersions.Version v) {
        return parsed.computeIfAbsent(v.name() + "@" + v.version(), k -> {
            try {
                return new PolicyReader().read(v.name() + " v" + v.version(), v.document()).groups();
            } catch (PolicyFormatException e) {
                return List.of(); // a version that no longer reads holds nothing back; policy status says so
            }
        });
    }
}
