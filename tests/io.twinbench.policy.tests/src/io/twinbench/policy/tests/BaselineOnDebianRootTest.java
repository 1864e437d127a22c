package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.ingest.twin.InventoryTwinBuilder;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.inventory.SystemImage;
import io.twinbench.model.twin.Twin;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.CompiledPolicy;
import io.twinbench.policy.eval.RuleVerdict;
import io.twinbench.policy.view.TwinFacts;

/**
 * A security baseline against the twin of a real Debian root (debootstrap's, which ./twinbench
 * test makes), read as an agent reads an image at enrolment: it finds exactly the violations
 * planted in a copy of the root, and none in the root as Debian made it.
 */
class BaselineOnDebianRootTest {

    static final String BASELINE = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata:
              name: debian-baseline
            spec:
              matchConditions:
                - name: debian
                  expression: twin.os.family.startsWith('Debian')
              variables:
                - name: sshd
                  expression: twin.config.filter(c, c.path == '/etc/ssh/sshd_config')
              rules:
                - name: ssh-no-root-login
                  forEach: variables.sshd
                  expression: "'PermitRootLogin' in item.keys && item.keys['PermitRootLogin'] == 'no'"
                  messageExpression: "'root may log in over SSH: PermitRootLogin ' + item.keys[?'PermitRootLogin'].orValue('unset')"
                  remedy: plan
                  fix:
                    - edit: /etc/ssh/sshd_config
                      style: sshd
                      set: {PermitRootLogin: "no"}
                - name: ssh-no-passwords
                  forEach: variables.sshd
                  expression: "item.keys[?'PasswordAuthentication'].orValue('yes') == 'no'"
                - name: no-world-writable-config
                  forEach: twin.config
                  expression: "!item.worldWritable"
                  messageExpression: "item.path + ' is writable by everyone'"
                - name: no-telnet-server
                  forEach: twin.packages.filter(p, p.name in ['telnetd', 'inetutils-telnetd', 'rsh-server'])
                  expression: "false"
                - name: openssl-patched
                  forEach: twin.packages.filter(p, p.name == 'openssl')
                  expression: "versionCompare(item.version, '3.0.15-1~deb12u1') >= 0"
                  messageExpression: "'openssl ' + item.version + ' is below 3.0.15-1~deb12u1'"
                - name: only-listed-ports
                  forEach: twin.ports
                  expression: "item.port in [22, 443]"
            """;

    @TempDir
    Path dir;

    @Test
    void findsExactlyTheViolationsPlantedInACopyOfTheRoot() throws Exception {
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(rootfs != null, "no TWINBENCH_TEST_ROOTFS: run ./twinbench test, which makes a Debian root with debootstrap");
        CompiledPolicy policy = CompiledPolicy.compile(new PolicyReader().read("debian-baseline.yaml", BASELINE));

        Path pristine = copy(Path.of(rootfs), dir.resolve("pristine"));
        Map<String, RuleVerdict> clean = verdicts(policy, twin(pristine, "pristine"));
        assertEquals(6, clean.size());
        clean.values().forEach(v -> assertEquals(RuleVerdict.Status.HOLDS, v.status(), v.toString()));

        Path planted = copy(Path.of(rootfs), dir.resolve("planted"));
        Files.createDirectories(planted.resolve("etc/ssh"));
        Files.writeString(planted.resolve("etc/ssh/sshd_config"), "# planted\nPermitRootLogin yes\nPasswordAuthentication no\n"
                + "Match User backup\n  PermitRootLogin no\n");
        Path backdoor = planted.resolve("etc/cron.d/backdoor");
        Files.writeString(backdoor, "* * * * * root /tmp/x\n");
        Files.setPosixFilePermissions(backdoor, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.writeString(planted.resolve("var/lib/dpkg/status"), Files.readString(planted.resolve("var/lib/dpkg/status"))
                + "\n" + status("telnetd", "0.17+2.4-2+deb12u1") + "\n" + status("openssl", "3.0.11-1~deb12u2"));
        Twin twin = twin(planted, "planted");
        Map<String, RuleVerdict> found = verdicts(policy, twin);

        RuleVerdict root = found.get("ssh-no-root-login");
        assertEquals(RuleVerdict.Status.FAILS, root.status());
        assertEquals("root may log in over SSH: PermitRootLogin yes", root.message(), "the global value, not the Match block's");
        assertEquals(List.of(id(twin, "/etc/ssh/sshd_config")), root.offenders());
        assertEquals(RuleVerdict.Status.HOLDS, found.get("ssh-no-passwords").status());
        RuleVerdict writable = found.get("no-world-writable-config");
        assertEquals(List.of(id(twin, "/etc/cron.d/backdoor")), writable.offenders(), writable.toString());
        assertEquals("/etc/cron.d/backdoor is writable by everyone", writable.message());
        assertEquals(1, found.get("no-telnet-server").offenders().size());
        assertTrue(found.get("no-telnet-server").offenders().get(0).contains("telnetd"), found.get("no-telnet-server").toString());
        assertEquals("openssl 3.0.11-1~deb12u2 is below 3.0.15-1~deb12u1", found.get("openssl-patched").message());
        assertEquals(RuleVerdict.Status.HOLDS, found.get("only-listed-ports").status(), "an image listens on nothing");
    }

    private static String status(String name, String version) {
        return "Package: " + name + "\nStatus: install ok installed\nPriority: optional\nSection: net\nInstalled-Size: 100\n"
                + "Maintainer: Debian <debian@example.org>\nArchitecture: amd64\nVersion: " + version + "\nDescription: planted\n";
    }

    private static String id(Twin twin, String path) {
        return twin.getElements().stream().filter(e -> e instanceof io.twinbench.model.twin.ConfigurationItem c && path.equals(c.getPath()))
                .findFirst().orElseThrow(() -> new AssertionError(path + " is not in the twin")).getId();
    }

    private static Map<String, RuleVerdict> verdicts(CompiledPolicy policy, Twin twin) {
        Map<String, RuleVerdict> byRule = new TreeMap<>();
        policy.evaluate(TwinFacts.of(twin)).forEach(v -> byRule.put(v.rule(), v));
        return byRule;
    }

    private static Twin twin(Path root, String id) throws Exception {
        var sections = new SystemImage(root, ImagePolicy.defaults(), SecretRedactor.defaults()).read();
        return new InventoryTwinBuilder().build(id, id, "image " + root, sections, new Date()).twin();
    }

    /** What an image's inventory reads of the root: its configuration, dpkg's database, os-release and the units. */
    private static Path copy(Path root, Path to) throws Exception {
        Files.createDirectories(to);
        Process cp = new ProcessBuilder("cp", "-a", "--parents", "etc", "var/lib/dpkg", "usr/lib/os-release", "usr/lib/systemd", to.toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(cp.getInputStream().readAllBytes());
        assertTrue(cp.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, cp.exitValue(), out);
        return to;
    }
}
