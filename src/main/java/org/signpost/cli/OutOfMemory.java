package org.signpost.cli;

/**
 * Tells a run that failed for want of memory from one that failed for another reason, and says so in
 * one line. The line is made when the run starts: once the heap is full, even joining strings can fail.
 */
final class OutOfMemory {
    private static final int REPORTED = 3;

    private final String line = "signpost: Java ran out of memory (its heap may grow to " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB); give it more, for example JAVA_TOOL_OPTIONS=-Xmx4g ./signpost build. Nothing in the output folder was changed.";

    OutOfMemory() {
        // The fork-join pool loads the class that records a task's failure only when a task first fails.
        // If that first failure is the heap running out, the class cannot load either, and every later
        // failure is a "could not initialise class" error that names no cause on Java 17. One task that
        // fails now loads it while there is room.
        try {
            java.util.concurrent.ForkJoinTask.adapt(() -> {
                throw new IllegalStateException("a failure, so that the pool is ready for real ones");
            }).invoke();
        } catch (IllegalStateException expected) {
            // As intended.
        }
    }

    /** Whether {@code e} is the heap running out, directly or as a class that could not load for want of it. */
    static boolean caused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
            // A class whose initialiser ran out of memory fails later with only the error's name in a message.
            if (t instanceof LinkageError && String.valueOf(t.getMessage()).contains("OutOfMemoryError")) return true;
        }
        return false;
    }

    /** Prints the line and returns the exit code that means "out of memory". */
    int report(java.io.PrintWriter err) {
        err.println(line);
        err.flush();
        return REPORTED;
    }
}
