package org.signpost.cli;

import picocli.CommandLine.Option;

/** build, check and serve: whether the site is a JBake site (compatibility mode). */
final class JBakeOption {
    @Option(names = "--jbake", description = "Read the site as JBake 2.7 would (jbake.properties, .ftl templates); "
            + "the default for a folder with jbake.properties and no signpost.yml.")
    boolean jbake;

    /** Asked for, or a jbake.properties without a signpost.yml. */
    boolean on(SiteOptions site) {
        return jbake || org.signpost.jbake.JBakeBuild.applies(site.siteDir());
    }
}
