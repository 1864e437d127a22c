package io.twinbench.sim.image;

/**
 * A configuration file as the twin holds it: the hash of the content it believes the endpoint
 * has, and that content where the policy let it be stored (null otherwise; masked secrets keep
 * the {@link io.twinbench.inventory.SecretRedactor#MASK}).
 */
public record TwinConfigFile(String path, String sha256, String content) {
}
