package org.signpost.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Refuses output folders a build would wreck: the site, its inputs, a file, or a folder Signpost did not write. */
public final class OutputGuard {
    private static final String MARKER = OutputWriter.MARKER;

    private OutputGuard() {}

    /** Refuses an output folder a build would wreck; the message says why, in plain words. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(Path output, String why) {
            super("cannot write the site to " + output + ": " + why);
        }
    }

    /**
     * Refuses the site folder, a folder holding it, a folder inside its inputs, and a file; and,
     * unless {@code force}, a non-empty folder without {@link #MARKER}, which Signpost did not write.
     */
    public static void vet(Path siteDir, Path outputDir, boolean force) throws IOException {
        Path shown = outputDir.toAbsolutePath();
        Path out = OutputWriter.real(shown);
        Path site = OutputWriter.real(siteDir);
        if (out.equals(site)) {
            throw new Refused(shown, "it is the site folder itself, and the build would replace the whole site. Choose a new folder, such as "
                    + siteDir.resolve("output"));
        }
        if (site.startsWith(out)) {
            throw new Refused(shown, "it holds the site folder, and the build would delete the whole site. Choose a new folder, such as "
                    + siteDir.resolve("output"));
        }
        for (String input : Kinds.INPUT_FOLDERS) { // an output folder inside one would replace it
            if (out.startsWith(OutputWriter.real(site.resolve(input)))) {
                throw new Refused(shown, "it is inside the site's " + input + "/ folder, which the build would replace. "
                        + "Choose a folder outside content/, templates/, assets/ and data/");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Refused(shown, "it is a file, not a folder, and the build would delete it. Choose a folder");
        }
        if (!force && Files.isDirectory(out) && !Files.exists(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(out)) {
            throw new Refused(shown, "it is not empty and Signpost did not write it (it has no " + MARKER
                    + " file), so the build would delete what is in it. Choose a new or empty folder, or add --force to replace it");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
