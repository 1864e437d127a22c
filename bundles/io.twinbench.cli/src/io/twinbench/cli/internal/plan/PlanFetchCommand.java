package io.twinbench.cli.internal.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.change.AptArtifacts;
import io.twinbench.remedy.plan.Artifact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan fetch PACKAGE[=VERSION]...`: .deb artifacts from this machine's apt mirror, checked against apt's index, ready to pin in a plan. */
@Command(name = "fetch", mixinStandardHelpOptions = true, description = {"Fetch packages from the mirror apt uses on this machine, as plan artifacts.",
        "Each .deb is checked against apt's signed index; the lines printed go under the plan's artifacts:."})
public final class PlanFetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACKAGE[=VERSION]", arity = "1..*")
    List<String> packages;

    @Option(names = "--into", defaultValue = ".", paramLabel = "DIR", description = "Where the .deb files go: beside the plan (default: the current directory).")
    Path into;

    @Override
    public Integer call() throws Exception {
        try {
            List<Artifact> artifacts = AptArtifacts.fetch(packages, into);
            spec.commandLine().getOut().println("artifacts:");
            for (Artifact a : artifacts) {
                spec.commandLine().getOut().println("  - {name: " + a.name() + ", sha256: " + a.sha256() + ", size: " + a.size() + "}");
            }
            return 0;
        } catch (IllegalArgumentException | java.io.IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
