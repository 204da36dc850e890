package org.signpost.cli;

import java.util.concurrent.Callable;
import org.signpost.build.Build;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "check", description = {
        "Checks every content file, the configuration and every link, without writing anything.",
        "Prints one line per problem as path:line:col: error|warning: message, then a summary.",
        "Exits 1 if there is any error."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Mixin
    JBakeOption jbakeOption;

    @Mixin
    AreaOption areaOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (jbakeOption.on(options)) {
            var jbake = new org.signpost.jbake.JBakeBuild(options.siteDir()).check();
            return report(jbake.problems(), jbake.contentFiles(), "check (JBake mode): ");
        }
        java.util.List<String> areas = areaOption.chosen(options);
        if (!areas.isEmpty()) {
            org.signpost.build.HubBuild hub = new org.signpost.build.HubBuild(options.siteDir(), options.today(), areas).check();
            int files = (int) hub.areas().values().stream().filter(b -> b.site() != null) // a shared file counts once
                    .flatMap(b -> b.site().items().stream().map(org.signpost.content.Item::path)).distinct().count();
            return report(hub.problems(), files, "check (" + String.join(", ", areas) + "): ");
        }
        Build build = new Build(options.siteDir(), options.today()).check();
        return report(build.problems(), build.itemCount(), "check: ");
    }

    private int report(org.signpost.content.Problems problems, int files, String label) {
        var err = spec.commandLine().getErr();
        Report.print(problems, err);
        var out = spec.commandLine().getOut();
        out.println(label + Report.summary(problems) + " in " + files + " content files");
        out.flush();
        err.flush();
        return problems.hasErrors() ? 1 : 0;
    }
}
