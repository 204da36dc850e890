package org.signpost.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The signpost command: build, check, new and serve a careers site. */
@Command(name = "signpost", mixinStandardHelpOptions = true, version = "signpost 0.1.0",
        description = "Builds a fast, accessible, searchable static careers website from Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, InitCommand.class, ServeCommand.class, CollectCommand.class, ReportCommand.class, SearchCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        OutOfMemory outOfMemory = new OutOfMemory();
        // A worker thread that dies (as pool threads do when memory runs out) must not print a stack
        // trace. Its task's failure reaches the command's own thread, which reports it in one plain
        // line; an Error here (out of memory, or a class that could not load for want of it) is
        // that same failure, so only anything else gets a line of its own.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof Error)) System.err.println("signpost: " + thread.getName() + " stopped: " + e);
        });
        java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
        int code;
        try {
            code = run(outOfMemory, new java.io.PrintWriter(System.out, true), err, args);
        } catch (Error e) {
            // Memory can run out again while the first failure is being reported.
            if (!OutOfMemory.caused(e)) throw e;
            code = outOfMemory.report(err);
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams; tests call this. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return run(new OutOfMemory(), out, err, args);
    }

    private static int run(OutOfMemory outOfMemory, java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (OutOfMemory.caused(e)) return outOfMemory.report(cmd.getErr());
            cmd.getErr().println("signpost: " + e.getMessage());
            return 2;
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // Plain words, not a stack trace: what ran out and how to give it more. A build's staging folder is already gone.
            if (!OutOfMemory.caused(e)) throw e;
            return outOfMemory.report(err);
        }
    }
}
