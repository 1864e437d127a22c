package io.twinbench.model.build;

import java.util.Date;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EClass;

import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;

/**
 * A reproducible twin of a given size for benchmarks: elements of every kind in proportions
 * like a busy server's, each depending on a few elements created before it (so the graph is
 * layered like a real one, with no cycles).
 */
public final class SyntheticTwin {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private static final List<EClass> KINDS = List.of(P.getProcess(), P.getProcess(), P.getProcess(), P.getSoftwarePackage(),
            P.getSoftwarePackage(), P.getSoftwarePackage(), P.getService(), P.getConnection(), P.getListeningPort(),
            P.getConfigurationItem(), P.getUser(), P.getApplication(), P.getFileSystem(), P.getNetworkInterface(), P.getDisk());
    private static final DependencyType[] TYPES = DependencyType.VALUES.toArray(new DependencyType[0]);

    private SyntheticTwin() {
    }

    public static Twin build(String id, int nodes, int edges, long seed) {
        Random random = new Random(seed);
        TwinBuilder builder = new TwinBuilder(id, "synthetic " + nodes + "/" + edges, new Date(0));
        Element[] all = new Element[nodes];
        all[0] = builder.element(P.getEndpoint(), "endpoint", "endpoint", e -> { });
        for (int i = 1; i < nodes; i++) {
            EClass kind = KINDS.get(random.nextInt(KINDS.size()));
            all[i] = builder.element(kind, kind.getName().toLowerCase() + "/" + i, kind.getName() + " " + i, e -> { });
        }
        int made = 0;
        while (made < edges) {
            int source = 1 + random.nextInt(nodes - 1);
            // mostly near neighbours, like a package depending on its library, sometimes far away
            int span = random.nextInt(10) < 8 ? Math.min(source, 50) : source;
            int target = source - 1 - random.nextInt(span);
            int before = builder.twin().getDependencies().size();
            builder.edge(all[source], TYPES[random.nextInt(TYPES.length)], all[target]);
            made += builder.twin().getDependencies().size() - before;
        }
        return builder.twin();
    }
}
