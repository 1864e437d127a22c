package io.twinbench.cli.internal.bench;

import java.util.Date;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.ListeningPort;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Property;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.ServiceState;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.TransportProtocol;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.model.twin.User;

/**
 * Twins of a fleet as the policy benchmark needs them: each of n elements in the proportions of a
 * server's inventory (40 % packages, 20 % configuration files, 15 % processes, 10 % services,
 * 10 % users, 5 % listening ports). Alike across the fleet as hosts made from a few images are,
 * and unlike where hosts drift: 7 package sets, 9 patterns of stopped units, 5 of listeners;
 * every host its own processes (pids), a local account and configuration files.
 */
final class SyntheticFleet {

    private static final TwinPackage P = TwinPackage.eINSTANCE;

    private SyntheticFleet() {
    }

    static Twin twin(int index, int elements) {
        TwinBuilder b = new TwinBuilder("twin-" + index, "host-" + index, new Date(0));
        b.twin().setHostname("host-" + index + ".example");
        b.<io.twinbench.model.twin.OperatingSystem>element(P.getOperatingSystem(), "os", "Debian GNU/Linux 12", os -> {
            os.setFamily("Debian GNU/Linux");
            os.setVersion("12 (bookworm)");
        });
        for (int i = 0; i < elements * 40 / 100; i++) {
            int k = i;
            b.<SoftwarePackage>element(P.getSoftwarePackage(), "pkg/lib" + k, "lib" + k, p -> {
                p.setVersion((k % 10) + "." + ((index + k) % 7) + "-1+deb12u" + (k % 3));
                p.setArchitecture("amd64");
                p.setManager("dpkg");
            });
        }
        for (int i = 0; i < elements * 20 / 100; i++) {
            int k = i;
            b.<ConfigurationItem>element(P.getConfigurationItem(), "cfg/etc/app" + k + ".conf", "/etc/app" + k + ".conf", c -> {
                c.setPath("/etc/app" + k + ".conf");
                c.setValue("# app " + k + "\nPort " + (8000 + k) + "\nPermitRootLogin " + ((index + k) % 50 == 0 ? "yes" : "no") + "\n");
                Property mode = TwinFactory.eINSTANCE.createProperty();
                mode.setKey("mode");
                mode.setValue((index * 31 + k) % 500 == 0 ? "666" : "644");
                c.getProperties().add(mode);
            });
        }
        for (int i = 0; i < elements * 15 / 100; i++) {
            int k = i;
            b.<Process>element(P.getProcess(), "proc/" + k, "worker" + (k % 20), p -> {
                p.setPid(1000 + k + index); // pids differ from host to host
                p.setUser(k % 10 == 0 ? "root" : "app");
                p.setCommandLine("/usr/bin/worker" + (k % 20) + " --id " + k);
            });
        }
        for (int i = 0; i < elements * 10 / 100; i++) {
            int k = i;
            b.<Service>element(P.getService(), "svc/unit" + k, "unit" + k + ".service", s -> {
                s.setState((k + index) % 9 == 0 ? ServiceState.INACTIVE : ServiceState.ACTIVE);
                s.setEnabled((k + index) % 9 != 0);
            });
        }
        for (int i = 0; i < elements * 10 / 100; i++) {
            int k = i;
            b.<User>element(P.getUser(), "user/u" + k, k == 0 ? "root" : "user" + k, u -> {
                u.setUid(k == 0 ? 0 : k == 1 ? 2000 + index : 1000 + k); // one account local to each host
                u.setShell(k % 4 == 0 ? "/bin/bash" : "/usr/sbin/nologin");
            });
        }
        for (int i = 0; i < elements * 5 / 100; i++) {
            int k = i;
            b.<ListeningPort>element(P.getListeningPort(), "port/" + k, "tcp " + (8000 + k), p -> {
                p.setProtocol(TransportProtocol.TCP);
                p.setAddress((k + index) % 5 == 0 ? "0.0.0.0" : "127.0.0.1");
                p.setPort((index % 100 == 0 && k == 0) ? 23 : 8000 + k);
            });
        }
        return b.twin();
    }

    /** A policy of {@code rules} rules of the kinds a baseline has, spread over the sections of a twin. */
    static String policy(int rules) {
        StringBuilder doc = new StringBuilder("""
                apiVersion: twinbench.io/v1
                kind: SecurityBaseline
                metadata: {name: bench}
                spec:
                  matchConditions:
                    - {name: debian, expression: "twin.os.family.startsWith('Debian')"}
                  rules:
                """);
        for (int i = 0; i < rules; i++) {
            String rule = switch (i % 10) {
                case 0, 1 -> "forEach: \"twin.packages.filter(p, p.name == 'lib" + (i * 7 % 400) + "')\"\n    expression: \"versionCompare(item.version, '3.0-1') >= 0\"";
                case 2 -> "expression: \"!twin.packages.exists(p, p.name == 'telnetd" + i + "')\"";
                case 3 -> "forEach: \"twin.config.filter(c, c.path == '/etc/app" + (i % 200) + ".conf')\"\n    expression: \"item.keys[?'PermitRootLogin'].orValue('no') == 'no'\"";
                case 4 -> "forEach: twin.config\n    expression: \"!item.worldWritable\"";
                case 5 -> "forEach: twin.ports\n    expression: \"item.port != 23 && item.port != " + (21 + i) + "\"";
                case 6 -> "expression: \"twin.services.all(s, s.name != 'telnet" + i + ".service' || s.state != 'active')\"";
                case 7 -> "expression: \"twin.users.filter(u, u.uid == 0).size() == 1\"";
                case 8 -> "forEach: \"twin.processes.filter(p, p.user == 'root')\"\n    expression: \"!item.commandLine.contains('--debug" + i + "')\"";
                default -> "expression: \"twin.hostname.endsWith('.example')\"";
            };
            doc.append("    - name: rule-").append(i).append("\n      ").append(rule.replace("\n    ", "\n      ")).append('\n');
        }
        return doc.toString();
    }
}
