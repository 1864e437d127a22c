package io.twinbench.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.twinbench.cli.internal.TwinbenchCommand;
import picocli.CommandLine;

/** `./twinbench <subcommand>`: the workbench's bundles without a window, for scripts and servers. */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        // the Java launcher takes the process exit code from this property, not from the return value
        System.setProperty("eclipse.exitcode", Integer.toString(code));
        return code;
    }

    /** Runs one command line; returns the process exit code. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = new PrintWriter(new io.twinbench.cli.internal.TerminalSafeWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new io.twinbench.cli.internal.TerminalSafeWriter(rawErr), true);
        CommandLine commandLine = new CommandLine(new TwinbenchCommand());
        // the escapes of colour would reach the terminal as text: help is plain
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("twinbench: " + describe(e));
            return 1;
        });
        try {
            return commandLine.execute(args);
        } catch (LinkageError e) {
            // a broken installation, not a user mistake: say so instead of dying silently
            err.println("twinbench: internal error (" + e + "); the installation may be incomplete");
            return 70;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The failure in words; file-system exceptions carry only the path as their message. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file or directory: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public void stop() {
        // commands are short; nothing to interrupt
    }
}
