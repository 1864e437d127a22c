package io.twinbench.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.twinbench.cli.HeadlessApplication;

/** One command line run in this process as ./twinbench runs it: its exit code, standard output and standard error. */
record CommandRun(int code, String out, String err) {

    static CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeadlessApplication.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
