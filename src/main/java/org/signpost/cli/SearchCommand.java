package org.signpost.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.signpost.build.Build;
import org.signpost.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "search", description = {
        "Prints Lucene's top 10 for a query over the site, with scores: the reference for the site's own search.",
        "Filters are OR within a facet and AND across facets, e.g. --filter level=2,3 --filter type=apprenticeship."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Mixin
    AreaOption areaOption;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for, in quotes.")
    String query;

    @Option(names = "--filter", paramLabel = "FACET=VALUE[,VALUE]", description = "Facets: type, route, level, locality, audience, gatsby, status (open or closed vacancies).")
    List<String> filters = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0 || !SearchIndex.FACETS.contains(f.substring(0, eq))) {
                err.println("signpost search: --filter takes FACET=VALUE with a facet of " + String.join(", ", SearchIndex.FACETS) + ", not '" + f + "'");
                return 2;
            }
            facets.computeIfAbsent(f.substring(0, eq), k -> new ArrayList<>()).addAll(List.of(f.substring(eq + 1).split(",")));
        }
        String others = AreaOption.others("searching", areaOption.chosen(options));
        if (others != null) err.println(others);
        Build build = new Build(areaOption.one(options.siteDir(), "search", true), options.today()).check();
        if (build.problems().hasErrors() || build.site() == null) {
            Report.print(build.problems(), err);
            err.println("signpost search: the site has errors; run signpost check");
            return 1;
        }
        SearchIndex index = build.searchIndex();
        var out = spec.commandLine().getOut();
        int rank = 1;
        for (SearchIndex.Hit hit : index.search(query, facets, 10)) {
            out.println(String.format(Locale.ROOT, "%2d  %9.4f  %s  %s (%s)", rank++, hit.score(), hit.url(), hit.title(), hit.type()));
        }
        out.flush();
        return 0;
    }
}
