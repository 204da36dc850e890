package org.signpost;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Node.js, which runs the client's tests and the search client for parity checks. Tests that
 * need it are integration tests ({@code *IT}, run by {@code mvn verify}); without it they fail,
 * saying what to install, rather than skip.
 */
public final class NodeJs {
    private NodeJs() {}

    /** A {@code node} command run in the project folder. */
    public static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(TestSites.root().toFile());
    }

    /** Starts the command; fails with how to install Node.js when there is none. */
    public static Process start(ProcessBuilder command) {
        try {
            return command.start();
        } catch (IOException e) {
            return fail("This test needs Node.js on the PATH: apt-get install nodejs (.ci/run does this). mvn test runs the unit tests without it. " + e.getMessage());
        }
    }
}
