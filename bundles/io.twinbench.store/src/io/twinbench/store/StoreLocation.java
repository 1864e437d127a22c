package io.twinbench.store;

import java.nio.file.Path;

/**
 * Where the store lives. The embedded default is an H2 file inside the user's workspace;
 * AUTO_SERVER lets the headless commands read it while the workbench has it open.
 */
public record StoreLocation(String jdbcUrl, String user, String password) {

    public static final String DEFAULT_RELATIVE_PATH = ".twinbench/db/twinbench";

    public static StoreLocation embeddedIn(Path workspace) {
        return h2File(workspace.resolve(DEFAULT_RELATIVE_PATH));
    }

    public static StoreLocation h2File(Path databaseFileWithoutSuffix) {
        return new StoreLocation("jdbc:h2:file:" + databaseFileWithoutSuffix.toAbsolutePath()
                + ";AUTO_SERVER=TRUE;CACHE_SIZE=131072;WRITE_DELAY=0", "twinbench", "");
    }

    /** Password stays out of logs and error messages. */
    @Override
    public String toString() {
        return jdbcUrl;
    }
}
