package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.FirewallRule;

/**
 * Adds or removes a rule in nftables table {@code inet twinbench}, which holds only the rules
 * Twinbench manages, each with its canonical form in its comment. The inverse is the chain's rules
 * as they were, in order; undo writes them back in one nft transaction (flush and re-add), so a
 * rollback leaves the chain exactly as it was, not merely without the added rule. A drop here
 * drops whatever other tables accept; an accept here cannot overrule another table's drop.
 */
final class FirewallStep implements Step<Action.Firewall> {

    static final String TABLE = "twinbench";
    private static final String COMMENT = "twinbench: ";
    private static final Pattern RULE_COMMENT = Pattern.compile("comment \"" + COMMENT + "([^\"]{1,300})\"");
    private static final int MAX_RULES = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final Host host;

    FirewallStep(Host host) {
        this.host = host;
    }

    @Override
    public Map<String, Object> prepare(Action.Firewall action, Path backups, String name) throws IOException, StepException {
        Map<String, Object> inverse = new LinkedHashMap<>();
        inverse.put("firewall", action.rule().chain());
        inverse.put("table", tablePresent());
        inverse.put("rules", rules(action.rule().chain()).stream().map(FirewallRule::spec).toList());
        return inverse;
    }

    @Override
    public void apply(Action.Firewall action) throws IOException, StepException {
        String chain = action.rule().chain();
        List<FirewallRule> rules = new ArrayList<>(rules(chain));
        String spec = action.rule().spec();
        boolean present = rules.stream().anyMatch(r -> r.spec().equals(spec));
        if (action.add() && !present) {
            rules.add(action.rule());
        } else if (!action.add()) {
            rules.removeIf(r -> r.spec().equals(spec));
        }
        write(chain, rules);
    }

    @Override
    public void undo(Map<String, Object> inverse, Path backups) throws IOException, StepException {
        String chain = (String) inverse.get("firewall");
        if (Boolean.FALSE.equals(inverse.get("table"))) {
            // there was no table before this action: the actions after it were undone first, so removing it restores exactly that
            if (tablePresent()) {
                nft(List.of("delete", "table", "inet", TABLE), "delete table inet " + TABLE);
            }
            return;
        }
        List<FirewallRule> rules = new ArrayList<>();
        for (Object spec : (List<?>) inverse.get("rules")) {
            rules.add(FirewallRule.parse((String) spec));
        }
        write(chain, rules);
    }

    /** The chain's rules as Twinbench wrote them, in order; none when the table or chain is not there yet. */
    private boolean tablePresent() throws IOException, StepException {
        return nft(List.of("list", "tables", "inet"), "list the tables").output().lines().anyMatch(l -> l.strip().equals("table inet " + TABLE));
    }

    private List<FirewallRule> rules(String chain) throws IOException, StepException {
        if (!tablePresent()) {
            return List.of();
        }
        Host.CommandResult listed = host.run(List.of("nft", "list", "chain", "inet", TABLE, chain), TIMEOUT);
        if (!listed.ok()) {
            return List.of(); // the table is there without this chain
        }
        List<FirewallRule> rules = new ArrayList<>();
        Matcher m = RULE_COMMENT.matcher(listed.output());
        while (m.find() && rules.size() < MAX_RULES) {
            try {
                rules.add(FirewallRule.parse(m.group(1)));
            } catch (IllegalArgumentException e) {
                throw new StepException("table inet " + TABLE + " holds a rule Twinbench did not write (" + e.getMessage() + "); fix it by hand first");
            }
        }
        return rules;
    }

    /** Replaces the chain's rules in one transaction: nft applies all of it or nothing. */
    private void write(String chain, List<FirewallRule> rules) throws IOException, StepException {
        StringBuilder script = new StringBuilder();
        script.append("add table inet ").append(TABLE).append("; add chain inet ").append(TABLE).append(' ').append(chain)
                .append(" { type filter hook ").append(chain).append(" priority filter; policy accept; }; flush chain inet ").append(TABLE)
                .append(' ').append(chain);
        for (FirewallRule rule : rules) {
            script.append("; add rule inet ").append(TABLE).append(' ').append(chain).append(' ').append(String.join(" ", rule.nftExpression(COMMENT)));
        }
        nft(List.of(script.toString()), "write chain " + chain + " of table inet " + TABLE);
    }

    private Host.CommandResult nft(List<String> arguments, String what) throws IOException, StepException {
        List<String> argv = new ArrayList<>();
        argv.add("nft");
        argv.addAll(arguments);
        Host.CommandResult result;
        try {
            result = host.run(argv, TIMEOUT);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("error=2,")) {
                throw new StepException("this endpoint has no nft (Debian package nftables), so it cannot change its firewall", e);
            }
            throw e;
        }
        if (!result.ok()) {
            throw new StepException("nft could not " + what + " (exit " + result.exitCode() + "): " + ServiceManager.tail(result.output()));
        }
        return result;
    }
}
