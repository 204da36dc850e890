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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Build build = new Build(options.siteDir(), options.today()).check();
        var err = spec.commandLine().getErr();
        Report.print(build.problems(), err);
        var out = spec.commandLine().getOut();
        out.println("check: " + Report.summary(build.problems()) + " in " + build.itemCount() + " content files");
        out.flush();
        err.flush();
        return build.problems().hasErrors() ? 1 : 0;
    }
}
