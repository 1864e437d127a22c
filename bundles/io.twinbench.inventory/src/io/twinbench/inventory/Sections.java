package io.twinbench.inventory;

/** The names of the inventory sections; each is hashed and synchronised on its own. */
public final class Sections {

    public static final String HARDWARE = "hardware";
    public static final String OS = "os";
    public static final String PACKAGES = "packages";
    public static final String UNITS = "units";
    public static final String USERS = "users";
    public static final String CONFIG = "config";
    public static final String PROCESSES = "processes";
    public static final String SERVICES = "services";
    public static final String LISTENERS = "listeners";
    public static final String CONNECTIONS = "connections";

    private Sections() {
    }
}
