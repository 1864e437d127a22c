package io.twinbench.remedy.plan;

import java.time.Duration;

/** Something that must hold on the endpoint once a plan's actions are applied; none runs free-form commands. */
public sealed interface Check {

    String describe();

    record TcpPort(String host, int port) implements Check {
        @Override
        public String describe() {
            return "port " + host + ":" + port + " answers";
        }
    }

    record Http(String url, int status) implements Check {
        @Override
        public String describe() {
            return url + " answers " + status;
        }
    }

    record ProcessRuns(String name) implements Check {
        @Override
        public String describe() {
            return "a process named " + name + " runs";
        }
    }

    record ServiceRuns(String name) implements Check {
        @Override
        public String describe() {
            return "service " + name + " runs";
        }
    }

    record FileHash(String path, String sha256) implements Check {
        @Override
        public String describe() {
            return path + " has SHA-256 " + sha256.substring(0, 12) + "…";
        }
    }

    /** A host metric ({@code cpu} or {@code memory} as used fractions, {@code load1}) stays within bounds for a period. */
    record Metric(String metric, Double min, Double max, Duration period) implements Check {
        @Override
        public String describe() {
            return metric + (min != null ? " ≥ " + min : "") + (max != null ? " ≤ " + max : "") + " for " + period.toSeconds() + " s";
        }
    }
}
