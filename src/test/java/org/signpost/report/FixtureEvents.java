package org.signpost.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.analytics.Event;
import org.signpost.analytics.EventJson;
import org.signpost.content.SiteFolders;

/**
 * Writes N realistic, made-up analytics events for one school year (2025-26), the same bytes
 * for the same N and seed: 12 schools (11 named in the demo's signpost.yml, one unknown URN,
 * one very small so suppression shows) plus direct use, 3 campaigns, term-time peaks and quiet
 * holidays, visits of a few pages on the demo site's real pages, searches with some finding
 * nothing, videos that viewers leave part-way, route-map steps and apply clicks.
 *
 * <p>{@code java ... FixtureEvents N OUT.ndjson [SEED] [SITE]}; bench/report runs it.
 */
public final class FixtureEvents {
    static final String[] SCHOOLS = {"119701", "119702", "119703", "119704", "119705", "119706", "119707", "119708", "119709", "119710", "119711", "999001"};
    /** Relative size of each school's use; 119710 (a small unit) and the unknown school are tiny. */
    static final double[] WEIGHTS = {10, 8, 7, 6, 5, 5, 4, 3, 3, 0.02, 2, 0.6};
    static final String[] CAMPAIGNS = {"year11-options", "year13-next-steps", "national-apprenticeship-week"};
    static final String[] FOUND = {"electrician", "plumber", "t levels", "apprenticeships", "nursing", "hairdresser", "chef", "engineering",
            "a levels", "care worker", "accountant", "digital", "construction", "university", "mechanic", "graphic designer", "paramedic", "hgv driver"};
    /** Queries the demo finds nothing for, most common first. */
    static final String[] NOT_FOUND = {"footballer", "electrishun", "esports", "astronaut", "phsycologist", "actor", "rapper",
            "sommelier", "taxidermist"};
    static final String[] STEPS = {"gcses", "level-2-course", "t-level", "a-levels", "apprenticeship-level-3", "higher-apprenticeship", "degree", "job"};

    record Page(String path, String type, String route, String level) {}

    private final Random random;
    private final List<Page> pages = new ArrayList<>();
    private final List<String> videos = new ArrayList<>();
    private final List<String> routemaps = new ArrayList<>();
    private final List<LocalDate> days = new ArrayList<>();
    private final double[] dayWeights;

    public FixtureEvents(long seed, Path site) throws IOException {
        this(seed, SiteFolders.of(site));
    }

    /** The pages of an area of a hub: its own and the shared ones. */
    public FixtureEvents(long seed, SiteFolders site) throws IOException {
        random = new Random(seed);
        readPages(site);
        LocalDate first = LocalDate.of(2025, 9, 1), last = LocalDate.of(2026, 7, 31);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) days.add(d);
        dayWeights = new double[days.size()];
        for (int i = 0; i < days.size(); i++) dayWeights[i] = dayWeight(days.get(i));
    }

    /** Term-time weekdays are busy, weekends and holidays quiet; options season (January to March) busier. */
    private static double dayWeight(LocalDate d) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean holiday = between(d, "2025-10-27", "2025-10-31") || between(d, "2025-12-22", "2026-01-02") || between(d, "2026-02-16", "2026-02-20")
                || between(d, "2026-03-30", "2026-04-10") || between(d, "2026-05-25", "2026-05-29") || between(d, "2026-07-22", "2026-07-31");
        double w = holiday ? 0.2 : weekend ? 0.35 : 1.0;
        int m = d.getMonthValue();
        if (m >= 1 && m <= 3) w *= 1.5;
        if (m == 9) w *= 0.7;
        return w;
    }

    private static boolean between(LocalDate d, String from, String to) {
        return !d.isBefore(LocalDate.parse(from)) && !d.isAfter(LocalDate.parse(to));
    }

    private void readPages(SiteFolders site) throws IOException {
        String[][] folders = {{"careers", "career"}, {"pathways", "pathway"}, {"apprenticeships", "apprenticeship"}, {"employers", "employer"},
                {"videos", "video"}, {"routemaps", "routemap"}, {"sectors", "sector"}, {"guides", "guide"}, {"events", "event"}};
        Pattern route = Pattern.compile("(?m)^route:\\s*\"?([a-z-]+)"), level = Pattern.compile("(?m)^level:\\s*(\\d)");
        for (String[] f : folders) {
            List<Path> files = new ArrayList<>();
            for (Path dir : site.folders("content/" + f[0])) { // each layer's files, sorted by name together as in one folder
                try (var list = Files.list(dir)) {
                    files.addAll(list.filter(x -> x.toString().endsWith(".md")).toList());
                }
            }
            files.sort(java.util.Comparator.comparing(x -> x.getFileName().toString()));
            for (Path p : files) {
                String slug = p.getFileName().toString().replace(".md", ""), text = Files.readString(p);
                Matcher r = route.matcher(text), l = level.matcher(text);
                pages.add(new Page("/" + f[0] + "/" + slug + "/", f[1], r.find() ? r.group(1) : null, l.find() ? l.group(1) : null));
                if (f[1].equals("video")) videos.add(slug);
                if (f[1].equals("routemap")) routemaps.add(slug);
            }
        }
        if (pages.isEmpty()) throw new IOException("no content under " + site.folders("content"));
    }

    /** Writes exactly n events. */
    public void write(int n, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int written = 0;
            while (written < n) {
                for (Event e : visit()) {
                    if (written++ == n) break;
                    w.write(EventJson.write(e));
                    w.write('\n');
                }
            }
        }
    }

    /** One visit: an entry page, a few more pages, and what the visitor did there. */
    List<Event> visit() {
        List<Event> out = new ArrayList<>();
        LocalDate day = days.get(pick(dayWeights));
        String school = random.nextDouble() < 0.3 ? null : SCHOOLS[pick(WEIGHTS)];
        String campaign = school != null && random.nextDouble() < 0.4 ? CAMPAIGNS[random.nextInt(CAMPAIGNS.length)] : null;
        boolean embed = school != null && random.nextDouble() < 0.15;
        Page page = pages.get(random.nextInt(pages.size()));
        if (embed) out.add(event(day, Event.EMBED_VIEW, "/embed" + page.path(), school, campaign, true));
        out.add(pageview(day, page, school, campaign, embed, true));
        int more = (int) Math.min(12, -Math.log(1 - random.nextDouble()) * 2.5);
        for (int i = 0; i < more; i++) {
            double r = random.nextDouble();
            if (r < 0.22) search(out, day, school, campaign);
            else if (r < 0.32 && !videos.isEmpty()) video(out, day, school, campaign);
            else if (r < 0.38 && !routemaps.isEmpty()) {
                String map = routemaps.get(random.nextInt(routemaps.size()));
                out.add(pageview(day, new Page("/routemaps/" + map + "/", "routemap", null, null), school, campaign, false, false));
                for (int s = 0, steps = 1 + random.nextInt(4); s < steps; s++)
                    out.add(with(event(day, Event.ROUTEMAP_STEP, "/routemaps/" + map + "/", school, campaign, false), "step", STEPS[random.nextInt(STEPS.length)]));
            } else if (r < 0.42) {
                Event o = with(event(day, Event.OUTBOUND, page.path(), school, campaign, false), "target", "https://apply.example-college.ac.uk/courses");
                out.add(with(o, "kind", random.nextDouble() < 0.6 ? "apply" : "provider"));
            } else out.add(pageview(day, pages.get(random.nextInt(pages.size())), school, campaign, false, false));
        }
        return out;
    }

    private void search(List<Event> out, LocalDate day, String school, String campaign) {
        boolean nothing = random.nextDouble() < 0.12;
        String q = nothing ? NOT_FOUND[Math.min(NOT_FOUND.length - 1, (int) (-Math.log(1 - random.nextDouble()) * 2.2))] : FOUND[random.nextInt(FOUND.length)];
        int results = nothing ? 0 : 1 + random.nextInt(40);
        Event s = with(with(event(day, Event.SEARCH, "/search/", school, campaign, false), "query", q), "results", results);
        if (random.nextDouble() < 0.2) s = with(s, "filters", "level=3");
        out.add(s);
        if (!nothing && random.nextDouble() < 0.6) {
            Page target = pages.get(random.nextInt(pages.size()));
            out.add(with(with(with(event(day, Event.RESULT_CLICK, "/search/", school, campaign, false), "query", q), "rank", 1 + random.nextInt(5)), "target", target.path()));
            out.add(pageview(day, target, school, campaign, false, false));
        }
    }

    /** A video played: each milestone reached by fewer viewers than the last. */
    private void video(List<Event> out, LocalDate day, String school, String campaign) {
        String slug = videos.get(random.nextInt(videos.size()));
        String player = new String[] {"self", "youtube", "vimeo"}[Math.floorMod(slug.hashCode(), 3)];
        out.add(pageview(day, new Page("/videos/" + slug + "/", "video", null, null), school, campaign, false, false));
        double[] keep = {1, 0.8, 0.8, 0.85, 0.8};
        for (int k = 0; k < Event.MILESTONES.size(); k++) {
            if (random.nextDouble() >= keep[k]) break;
            Event v = with(with(event(day, Event.VIDEO, "/videos/" + slug + "/", school, campaign, false), "video", slug), "milestone", Event.MILESTONES.get(k));
            out.add(with(v, "player", player));
        }
    }

    private Event pageview(LocalDate day, Page p, String school, String campaign, boolean embed, boolean entry) {
        return new Event(day, Event.PAGEVIEW, embed ? "/embed" + p.path() : p.path(), school, campaign, embed, p.type(), p.route(), p.level(),
                random.nextDouble() < 0.3 ? "blackpool" : null, false, entry, null, null, null, null, null, null, null, null, null, null);
    }

    private static Event event(LocalDate day, String type, String path, String school, String campaign, boolean embed) {
        return new Event(day, type, path, school, campaign, embed, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy of an event with one field set (records have no withers). */
    private static Event with(Event e, String field, Object v) {
        return new Event(e.day(), e.type(), e.path(), e.school(), e.campaign(), e.embed(), e.contentType(), e.route(), e.level(), e.locality(),
                e.sample(), e.entry(), field.equals("query") ? (String) v : e.query(), field.equals("results") ? (Integer) v : e.results(),
                field.equals("filters") ? (String) v : e.filters(), field.equals("rank") ? (Integer) v : e.rank(),
                field.equals("target") ? (String) v : e.target(), field.equals("video") ? (String) v : e.video(),
                field.equals("milestone") ? (String) v : e.milestone(), field.equals("player") ? (String) v : e.player(),
                field.equals("kind") ? (String) v : e.kind(), field.equals("step") ? (String) v : e.step());
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
        return weights.length - 1;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FixtureEvents N OUT.ndjson [SEED] [SITE]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        Path site = Path.of(args.length > 3 ? args[3] : ".");
        new FixtureEvents(seed, site).write(Integer.parseInt(args[0]), Path.of(args[1]));
    }
}
