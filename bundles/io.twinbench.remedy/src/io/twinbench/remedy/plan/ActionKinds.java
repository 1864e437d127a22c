package io.twinbench.remedy.plan;

import java.util.List;

/**
 * The kinds of action an approver can pre-approve for named endpoints: what an action does, in
 * words that name no value ("service:stop", "sysctl", "write"), so a pre-approval says which
 * changes the loop may sign by itself, not which exact ones.
 */
public final class ActionKinds {

    /** Every kind there is, for checking what a pre-approval names. */
    public static final List<String> ALL = List.of("write", "edit", "package:install", "package:upgrade", "package:remove", "service:enable",
            "service:disable", "service:start", "service:stop", "service:restart", "sysctl", "account:lock", "account:unlock", "limit", "firewall:add",
            "firewall:remove");

    private ActionKinds() {
    }

    public static String of(Action action) {
        // Java 17, as on the agent: no pattern switch
        if (action instanceof Action.WriteFile) {
            return "write";
        }
        if (action instanceof Action.EditConfig) {
            return "edit";
        }
        if (action instanceof Action.Package p) {
            return "package:" + p.operation().word();
        }
        if (action instanceof Action.Service s) {
            return "service:" + s.operation().word();
        }
        if (action instanceof Action.Sysctl) {
            return "sysctl";
        }
        if (action instanceof Action.Account a) {
            return a.lock() ? "account:lock" : "account:unlock";
        }
        if (action instanceof Action.Limit) {
            return "limit";
        }
        Action.Firewall f = (Action.Firewall) action;
        return f.add() ? "firewall:add" : "firewall:remove";
    }
}
