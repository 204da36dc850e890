package org.signpost.cli;

import java.io.PrintWriter;
import org.signpost.content.Problem;
import org.signpost.content.Problems;

/** Prints problems one a line, then a summary. */
final class Report {
    private Report() {}

    static void print(Problems problems, PrintWriter err) {
        for (Problem p : problems.sorted()) err.println(p);
    }

    static String summary(Problems problems) {
        long e = problems.errorCount(), w = problems.warningCount();
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings");
    }
}
