package io.twinbench.sim.lab;

/** One lab endpoint: its name (also its hostname and agent id), its container and the process whose namespace the relay entered. */
public record LabEndpoint(String name, String containerId, long pid, String state) {
}
