package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.twinbench.inventory.ServiceCgroups;

/** A process is a service's when its control group says so, not because PID 1 is its parent. */
class ServiceCgroupsTest {

    @Test
    void aServicesProcessIsNamedByItsUnitInCgroupV2AndV1() {
        assertEquals(Optional.of("ssh.service"), ServiceCgroups.unitIn("0::/system.slice/ssh.service\n"));
        assertEquals(Optional.of("nginx.service"), ServiceCgroups.unitIn(
                "12:pids:/system.slice/nginx.service\n1:name=systemd:/system.slice/nginx.service\n0::/\n"));
        assertEquals(Optional.of("getty@tty1.service"), ServiceCgroups.unitIn("0::/system.slice/system-getty.slice/getty@tty1.service\n"));
    }

    @Test
    void aDaemonisedScriptAnOrphanAndAContainersProcessAreNotServices() {
        assertEquals(Optional.empty(), ServiceCgroups.unitIn("0::/user.slice/user-1000.slice/session-3.scope\n"), "a user's script");
        assertEquals(Optional.empty(), ServiceCgroups.unitIn("0::/user.slice/user-1000.slice/user@1000.service/app.slice/dbus.service\n"),
                "a user manager's service is not the system's");
        assertEquals(Optional.empty(), ServiceCgroups.unitIn("0::/\n"), "a container's process");
        assertEquals(Optional.empty(), ServiceCgroups.unitIn("9:name=systemd:/\n8:pids:/\n"), "cgroup v1 without systemd");
        assertEquals(Optional.empty(), ServiceCgroups.unitIn("0::/system.slice/docker-4f1e.scope\n"), "a scope is not a service");
        assertEquals(Optional.empty(), ServiceCgroups.unitIn(""));
    }
}
