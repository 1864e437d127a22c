package io.twinbench.remedy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.twinbench.remedy.apply.ConfigEditor;
import io.twinbench.remedy.plan.Action;

class ConfigEditorTest {

    private final ConfigEditor editor = new ConfigEditor();

    @Test
    void sshdKeepsEveryOtherLineAndAddsBeforeTheFirstMatchBlock() {
        String before = """
                # comment stays
                Port 22
                  permitrootlogin yes   \s
                X11Forwarding yes

                Match User backup
                    PermitRootLogin yes
                """;
        String after = editor.edit(before, new Action.EditConfig("/etc/ssh/sshd_config", Action.ConfigStyle.SSHD, null,
                Map.of("PermitRootLogin", "no", "MaxAuthTries", "3"), List.of("X11Forwarding"), null));
        assertEquals("""
                # comment stays
                Port 22
                  permitrootlogin no

                MaxAuthTries 3
                Match User backup
                    PermitRootLogin yes
                """, after);
    }

    @Test
    void iniEditsOnlyItsSectionAndCreatesAMissingOne() {
        String before = "top = 1\n[server]\n; a comment\nport=80\nname = web\n\n[client]\nport = 9\n";
        String after = editor.edit(before, new Action.EditConfig("/etc/app.ini", Action.ConfigStyle.INI, "server",
                Map.of("port", "8080", "tls", "on"), List.of("name"), null));
        assertEquals("top = 1\n[server]\n; a comment\nport=8080\ntls = on\n\n[client]\nport = 9\n", after);
        String added = editor.edit("a = 1", new Action.EditConfig("/etc/app.ini", Action.ConfigStyle.INI, "new", Map.of("b", "2"), List.of(), null));
        assertEquals("a = 1\n\n[new]\nb = 2", added);
    }
}
