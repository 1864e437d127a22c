package io.twinbench.ingest.host;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Process;

/** Links processes to the accounts they run as, once both are known. */
final class OwnershipLinker {

    private final TwinBuilder builder;

    OwnershipLinker(TwinBuilder builder) {
        this.builder = builder;
    }

    void link() {
        for (Element element : builder.twin().getElements()) {
            if (element instanceof Process process && process.getUser() != null) {
                builder.edge(process, DependencyType.OWNED_BY, builder.find(TwinBuilder.id("user", process.getUser())));
            }
        }
    }
}
