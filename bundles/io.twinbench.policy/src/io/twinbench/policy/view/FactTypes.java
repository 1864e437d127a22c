package io.twinbench.policy.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;

/**
 * The typed view of a twin that policy rules read, as CEL types, so a rule that names a field
 * the view lacks, or compares a port with a string, is refused when the policy is read rather
 * than failing on some twin later. The values are plain maps and lists ({@link TwinFacts}).
 */
public final class FactTypes implements CelTypeProvider {

    public static final String TWIN = "twinbench.Twin";

    private final Map<String, StructType> types = new LinkedHashMap<>();

    public FactTypes() {
        StructType os = struct("twinbench.OperatingSystem", Map.of("family", SimpleType.STRING, "version", SimpleType.STRING, "kernel",
                SimpleType.STRING, "bitness", SimpleType.INT));
        StructType pkg = element("twinbench.Package", Map.of("version", SimpleType.STRING, "architecture", SimpleType.STRING, "manager",
                SimpleType.STRING));
        StructType service = element("twinbench.Service", Map.of("state", SimpleType.STRING, "enabled", SimpleType.BOOL, "unit",
                SimpleType.STRING));
        StructType process = element("twinbench.Process", Map.of("pid", SimpleType.INT, "user", SimpleType.STRING, "commandLine",
                SimpleType.STRING, "path", SimpleType.STRING, "state", SimpleType.STRING, "cpuPercent", SimpleType.DOUBLE, "residentBytes",
                SimpleType.INT));
        StructType port = element("twinbench.Port", Map.of("protocol", SimpleType.STRING, "address", SimpleType.STRING, "port",
                SimpleType.INT));
        StructType user = element("twinbench.User", Map.of("uid", SimpleType.INT, "home", SimpleType.STRING, "shell", SimpleType.STRING));
        StructType config = element("twinbench.ConfigItem", Map.of("path", SimpleType.STRING, "content", SimpleType.STRING, "carried",
                SimpleType.BOOL, "sha256", SimpleType.STRING, "mode", SimpleType.INT, "worldWritable", SimpleType.BOOL, "keys",
                MapType.create(SimpleType.STRING, SimpleType.STRING)));
        StructType finding = struct("twinbench.Finding", Map.of("kind", SimpleType.STRING, "element", SimpleType.STRING, "description",
                SimpleType.STRING, "score", SimpleType.DOUBLE, "metric", SimpleType.STRING));
        Map<String, CelType> twin = new LinkedHashMap<>();
        for (String identity : TwinFacts.IDENTITY) {
            twin.put(identity, SimpleType.STRING);
        }
        twin.put(TwinFacts.OS, os);
        twin.put(TwinFacts.PACKAGES, ListType.create(pkg));
        twin.put(TwinFacts.SERVICES, ListType.create(service));
        twin.put(TwinFacts.PROCESSES, ListType.create(process));
        twin.put(TwinFacts.PORTS, ListType.create(port));
        twin.put(TwinFacts.USERS, ListType.create(user));
        twin.put(TwinFacts.CONFIG, ListType.create(config));
        twin.put(TwinFacts.FINDINGS, ListType.create(finding));
        twin.put(TwinFacts.LABELS, MapType.create(SimpleType.STRING, SimpleType.STRING));
        struct(TWIN, twin);
    }

    public StructType twin() {
        return types.get(TWIN);
    }

    /** A struct made of the named fields; used also for a policy's variables. */
    public StructType struct(String name, Map<String, CelType> fields) {
        Map<String, CelType> copy = Map.copyOf(fields);
        StructType type = StructType.create(name, ImmutableSet.copyOf(fields.keySet()), field -> Optional.ofNullable(copy.get(field)));
        types.put(name, type);
        return type;
    }

    private StructType element(String name, Map<String, CelType> fields) {
        Map<String, CelType> all = new LinkedHashMap<>(fields);
        all.put("id", SimpleType.STRING);
        all.put("name", SimpleType.STRING);
        return struct(name, all);
    }

    @Override
    public ImmutableCollection<CelType> types() {
        return ImmutableList.copyOf(types.values());
    }

    @Override
    public Optional<CelType> findType(String typeName) {
        return Optional.ofNullable(types.get(typeName));
    }

    /** The names of the twin's types, the twin first, for the reference a user reads. */
    public List<String> typeNames() {
        return List.copyOf(types.keySet()).reversed();
    }

    /** The fields of a struct type this provider knows, for the schema a user reads. */
    public List<String> fields(String typeName) {
        StructType type = types.get(typeName);
        return type == null ? List.of() : type.fieldNames().stream().sorted().toList();
    }
}
