package io.twinbench.ui.graph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.twinbench.model.build.SyntheticTwin;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.graph.layout.VisibleTwinGraph;
import io.twinbench.ui.graph.parts.GraphSettings;
import io.twinbench.ui.graph.parts.TwinGraphPartFactory;
import io.twinbench.ui.session.OpenTwin;

/**
 * `./twinbench bench`: builds a synthetic twin (5,000 nodes and 20,000 edges by default) and
 * prints how long the foundation takes with it. Each figure is the median of several runs
 * after one warm-up, so it reflects steady state rather than class loading.
 */
public final class FoundationBenchmark implements IApplication {

    private static final int RUNS = 5;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        Path scratch = Files.createTempDirectory("twinbench-bench");
        try {
            run(nodes, edges, scratch);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return EXIT_OK;
    }

    private void run(int nodes, int edges, Path scratch) throws Exception {
        System.out.printf(Locale.ROOT, "Twinbench foundation benchmark: %d nodes, %d edges, median of %d runs after a warm-up%n",
                nodes, edges, RUNS);
        Twin twin = SyntheticTwin.build("bench", nodes, edges, 42);
        report("model build", median(() -> SyntheticTwin.build("bench", nodes, edges, 42)), "");

        TwinXmi xmi = new TwinXmi();
        Path file = scratch.resolve("bench.xmi");
        long save = median(() -> xmi.save(twin, file));
        long load = median(() -> xmi.load(file));
        report("XMI save", save, String.format(Locale.ROOT, "(%.1f MB)", Files.size(file) / 1e6));
        report("XMI load", load, "");
        report("XMI round trip", save + load, "target < 1000 ms");

        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(scratch))) {
            long h2Save = median(() -> store.snapshots().save(twin));
            long h2Load = median(() -> store.snapshots().latest("bench").orElseThrow());
            report("H2 save", h2Save, "");
            report("H2 load", h2Load, "");
            report("H2 round trip", h2Save + h2Load, "target < 1000 ms");
        }

        report("layout alone", median(() -> new VisibleTwinGraph(twin, VisibleTwinGraph.allKinds())), "");
        Display display = Display.getDefault();
        long paint = median(() -> layoutAndFirstPaint(display, twin));
        report("layout + first paint", paint, "target < 1000 ms (" + nodes + " figures, " + edges + " connections)");
    }

    /** Opens the graph of the twin in a real window and waits until the canvas has painted once. */
    private static void layoutAndFirstPaint(Display display, Twin twin) {
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        OpenTwin open = new OpenTwin(twin);
        try {
            GraphicalViewer viewer = new ScrollingGraphicalViewer();
            viewer.createControl(shell);
            viewer.setEditDomain(new EditDomain());
            viewer.setRootEditPart(new io.twinbench.ui.graph.parts.TwinRootEditPart());
            viewer.setEditPartFactory(new TwinGraphPartFactory(new GraphSettings(VisibleTwinGraph.allKinds()), open));
            AtomicLong painted = new AtomicLong();
            viewer.getControl().addListener(SWT.Paint, e -> painted.compareAndSet(0, System.nanoTime()));
            shell.open();
            viewer.setContents(twin);
            viewer.getControl().redraw();
            viewer.getControl().update();
            while (painted.get() == 0) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            shell.dispose();
            open.twin().eResource().getContents().clear();
            open.dispose();
        }
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    @FunctionalInterface
    private interface VoidWork {
        void run() throws Exception;
    }

    private static long median(VoidWork work) throws Exception {
        return median((Work) () -> {
            work.run();
            return null;
        });
    }

    private static long median(Work work) throws Exception {
        work.run();
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[RUNS / 2] / 1_000_000;
    }

    private static void report(String what, long millis, String note) {
        System.out.printf(Locale.ROOT, "  %-22s %6d ms  %s%n", what, millis, note);
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
