package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutOfMemoryTest {
    @Test
    void theHeapRunningOutIsKnownHoweverItArrives() {
        assertTrue(OutOfMemory.caused(new OutOfMemoryError("Java heap space")));
        assertTrue(OutOfMemory.caused(new RuntimeException("a task failed", new OutOfMemoryError("Java heap space"))), "a pool task's failure");
        // What Java 25 throws for a class whose initialiser once ran out of memory.
        var failedInit = new NoClassDefFoundError("Could not initialize class java.util.concurrent.ForkJoinTask$Aux");
        failedInit.initCause(new ExceptionInInitializerError("Exception java.lang.OutOfMemoryError: Java heap space [in thread \"main\"]"));
        assertTrue(OutOfMemory.caused(failedInit));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(OutOfMemory.caused(new StackOverflowError()));
        assertFalse(OutOfMemory.caused(new IllegalStateException("broken")));
        assertFalse(OutOfMemory.caused(new NoClassDefFoundError("Could not initialize class org.example.Broken")));
    }

    @Test
    void itSaysSoInOneLineWithTheHeapItHadAndExitsWithThree() {
        StringWriter text = new StringWriter();
        int code = new OutOfMemory().report(new PrintWriter(text));
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertEquals(3, code);
        assertEquals("signpost: Java ran out of memory (its heap may grow to " + mb
                + " MB); give it more, for example JAVA_TOOL_OPTIONS=-Xmx4g ./signpost build. Nothing in the output folder was changed.",
                text.toString().strip());
    }
}
