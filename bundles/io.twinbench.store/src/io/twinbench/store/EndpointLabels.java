package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The labels an analyst gives endpoints (tier=web, env=prod): what orchestration policies and
 * rollouts choose groups of endpoints by, as Kubernetes label selectors do. Keys and values
 * follow Kubernetes' form, so a selector reads the same here as in a cluster.
 */
public final class EndpointLabels {

    private static final Pattern KEY = Pattern.compile("([a-z0-9]([-a-z0-9.]{0,61}[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

    private final TwinStore.ConnectionSource connections;

    EndpointLabels(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Why a label is not one (its key or value in the wrong form), or null when it is. */
    public static String problem(String key, String value) {
        if (key == null || key.length() > 100 || !KEY.matcher(key).matches()) {
            return "label key '" + key + "' is not of the form [prefix/]name (letters, digits, - _ . ; at most 63 characters)";
        }
        if (value == null || !VALUE.matcher(value).matches()) {
            return "label value '" + value + "' of " + key + " is not of the form letters, digits, - _ . (at most 63 characters)";
        }
        return null;
    }

    /** Sets these labels and removes those, in one transaction; a label in the wrong form changes nothing. */
    public void change(String endpointId, Map<String, String> set, Collection<String> remove) {
        set.forEach((key, value) -> {
            String problem = problem(key, value);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        });
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM endpoint_label WHERE endpoint_id = ? AND label = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO endpoint_label (endpoint_id, label, label_value) VALUES (?, ?, ?)")) {
                for (String key : concat(set.keySet(), remove)) {
                    delete.setString(1, endpointId);
                    delete.setString(2, key);
                    delete.executeUpdate();
                }
                for (Map.Entry<String, String> label : set.entrySet()) {
                    insert.setString(1, endpointId);
                    insert.setString(2, label.getKey());
                    insert.setString(3, label.getValue());
                    insert.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot label " + endpointId + ": " + e.getMessage(), e);
        }
    }

    private static java.util.List<String> concat(Collection<String> a, Collection<String> b) {
        java.util.List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public Map<String, String> of(String endpointId) {
        return all().getOrDefault(endpointId, Map.of());
    }

    /** Every labelled endpoint's labels, by endpoint, in key order. */
    public Map<String, Map<String, String>> all() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT endpoint_id, label, label_value FROM endpoint_label ORDER BY endpoint_id, label"); ResultSet rs = ps.executeQuery()) {
            Map<String, Map<String, String>> labels = new TreeMap<>();
            while (rs.next()) {
                labels.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
            }
            return labels;
        } catch (SQLException e) {
            throw new StoreException("cannot read the endpoints' labels: " + e.getMessage(), e);
        }
    }
}
