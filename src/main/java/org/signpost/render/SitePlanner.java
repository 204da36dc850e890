package org.signpost.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.signpost.content.ContentType;
import org.signpost.content.Item;
import org.signpost.content.Schema;
import org.signpost.content.Site;
import org.signpost.content.Taxonomy;
import org.signpost.html.JsonLd;
import org.signpost.html.JsonLd.Crumb;

/**
 * Decides every page the site has and what each template sees: one page per item, a listing
 * per type, browse pages per taxonomy value, the A to Z of careers, home, 404, sitemap and feed.
 * Planning is cheap and pure: it fixes each page's URL and template, and each model is built only
 * when its page is rendered (check never builds one), recording what it read in {@link Deps}.
 */
public final class SitePlanner {
    /** How many events "Coming up" on the home page shows. */
    private static final int COMING_UP = 4;
    private final Site site;
    private final Schema schema;
    private final LocalDate today;
    private final ItemViews views;
    private final Function<Item, String> bodyHtml;
    private final Map<String, Object> siteModel;
    private final java.util.function.Predicate<String> templates;
    private final EmbedPages embeds;
    private final AssetUrls assets;

    /** The items whose closing day has passed, found once per run (by identity: an item's equality compares all its fields). */
    private final java.util.Set<Item> closedItems = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * @param bodyHtml  the cleaned HTML of an item's body, from the Markdown stage
     * @param templates whether a template of a given name exists
     * @param extras    what later stages add to full item views (route map SVG, charts)
     * @param assets    where each asset is published, for the headers files' cache lifetimes
     */
    public SitePlanner(Site site, LocalDate today, Function<Item, String> bodyHtml, java.util.function.Predicate<String> templates,
                       ItemExtras extras, AssetUrls assets) {
        this.templates = templates;
        this.assets = assets;
        this.site = site;
        this.schema = site.schema();
        this.today = today;
        this.views = new ItemViews(site, today, extras);
        this.bodyHtml = bodyHtml;
        this.siteModel = siteModel();
        this.embeds = new EmbedPages(site.config());
        for (Item i : site.items()) if (i.closedOn(today)) closedItems.add(i);
    }

    /** Whether the item's closing day has passed: asked for every listing and term page an item is on, so found once. */
    private boolean closed(Item item) {
        return closedItems.contains(item);
    }

    public ItemViews views() {
        return views;
    }

    /** Every page: one per item, then the site's own pages, then the embed versions of both. */
    public List<Page> plan() {
        List<List<Page>> itemPages = site.items().stream().map(this::itemPages).toList();
        List<Page> pages = new ArrayList<>(itemPages.stream().map(p -> p.get(0)).toList());
        List<Page> listings = new ArrayList<>();
        pages.addAll(sitePages(pages.stream().map(Page::url).toList(), listings));
        for (List<Page> p : itemPages) pages.addAll(p.subList(1, p.size()));
        for (Page p : listings) pages.addAll(embedVersions(p));
        return pages;
    }

    /**
     * Listings, browse pages, A to Z, home, 404, sitemap, feed and robots.txt; {@code itemUrls} feed
     * the sitemap. The pages a school may embed (listings, filtered lists, search) are added to
     * {@code embeddable} as planned, before the "Embed this" panel is added to them.
     */
    private List<Page> sitePages(List<String> itemUrls, List<Page> embeddable) {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        for (ContentType type : shownTypes()) pages.addAll(embeddable(listPages(type), embeddable));
        for (ContentType type : shownTypes()) if (type.dated()) pages.addAll(calendars(type));
        pages.add(browse());
        for (Taxonomy t : schema.taxonomies()) {
            pages.add(taxonomyPage(t));
            site.taxonomy(t.name()).forEach((value, items) -> pages.addAll(embeddable(termPages(t, value, items), embeddable)));
        }
        pages.add(aToZ());
        pages.addAll(embeddable(List.of(search()), embeddable));
        pages.add(notFound());
        List<String> urls = new ArrayList<>(itemUrls);
        pages.forEach(p -> urls.add(p.url()));
        pages.add(sitemap(urls));
        pages.add(feed());
        pages.add(robots());
        pages.addAll(hostHeaders(urls));
        pages.addAll(apiLists());
        return pages;
    }

    /** /api/v1/: each listed type's open items as JSON, with its JSON Schema, for embed.js's live lists. */
    private List<Page> apiLists() {
        ApiLists api = new ApiLists(site, today);
        List<Page> pages = new ArrayList<>();
        for (ContentType type : shownTypes()) {
            String list = ApiLists.listUrl(type);
            pages.add(new Page(list, "_text.ftl", deps -> text(api.list(type, deps))));
            pages.add(new Page(list.replace(".json", ".schema.json"), "_text.ftl", deps -> text(api.schema(type))));
        }
        return pages;
    }

    /**
     * The headers file for Netlify and Cloudflare Pages, and the same as an nginx snippet to
     * include; their cache lifetimes name every asset, and which folders hold no page.
     */
    private List<Page> hostHeaders(List<String> pageUrls) {
        // Made when rendered, not planned: serve plans after every field edit, and renders these only when the URLs change.
        return List.of(new Page("/_headers", "_text.ftl", deps -> text(readsAllAssets(deps, new HostHeaders(site.config(), assets, pageUrls).netlify()))),
                new Page("/_signpost/nginx.conf", "_text.ftl", deps -> text(readsAllAssets(deps, new HostHeaders(site.config(), assets, pageUrls).nginx()))));
    }

    private static String readsAllAssets(Deps deps, String text) {
        deps.asset(AssetUrls.ALL);
        return text;
    }

    private Map<String, Object> text(String text) {
        Map<String, Object> model = base();
        model.put("text", text);
        return model;
    }

    /** Records pages as embeddable and returns them as the full site shows them, with the "Embed this" panel. */
    private List<Page> embeddable(List<Page> bare, List<Page> into) {
        into.addAll(bare);
        return bare.stream().map(embeds::full).toList();
    }

    /**
     * The page of one item, then its embed page and oEmbed JSON; serve re-plans them when the item
     * changes. The page and its embed version are one family: they build the item's model once.
     */
    public List<Page> itemPages(Item item) {
        Page bare = bareItemPage(item);
        // The oEmbed response shows only the title: building the whole item model for it would also make it depend on the body.
        return List.of(embeds.full(bare), embeds.embed(bare), embeds.oembed(item.url(), siteModel, deps -> {
            deps.item(item.url());
            return item.title();
        }));
    }

    private List<Page> embedVersions(Page bare) {
        return List.of(embeds.embed(bare), embeds.oembed(bare));
    }

    private Page bareItemPage(Item item) {
        return new Page(item.url(), templateFor(item.type().name()), deps -> itemModel(item, deps));
    }

    private Map<String, Object> itemModel(Item item, Deps deps) {
        Map<String, Object> model = base();
        deps.body(item.url());
        model.put("item", views.full(item, bodyHtml.apply(item), deps));
        List<Crumb> crumbs = item.type().listed()
                ? List.of(homeCrumb(), new Crumb(item.type().plural(), item.type().listUrl()), new Crumb(item.title(), item.url()))
                : List.of(homeCrumb(), new Crumb(item.title(), item.url()));
        Map<String, Object> page = pageMeta(item.title(), item.summary(), item.url(), crumbs, JsonLd.forItem(item, site, crumbs, today, deps::brief), "article");
        page.put("data", dataAttributes(item));
        page.put("sample", item.sample());
        page.put("draft", item.draft()); // only a preview with --drafts publishes one
        model.put("page", page);
        return model;
    }

    /** Looked up once per type: a lookup asks the file system. */
    private final Map<String, String> templateByType = new java.util.concurrent.ConcurrentHashMap<>();

    private String templateFor(String typeName) {
        return templateByType.computeIfAbsent(typeName, t -> templateFor(t, templates));
    }

    /** templates/&lt;type&gt;.ftlh, else the generic item.ftlh (a site may style only some types). */
    public static String templateFor(String typeName, java.util.function.Predicate<String> exists) {
        return exists.test(typeName + ".ftlh") ? typeName + ".ftlh" : "item.ftlh";
    }

    /** Listed types that have items: a type with none gets no listing, tile or navigation link. */
    private List<ContentType> shownTypes() {
        return schema.types().stream().filter(t -> t.listed() && !site.ofType(t.name()).isEmpty()).toList();
    }

    /** An iCalendar file per event, and one of every event not yet finished at /FOLDER/FOLDER.ics. */
    private List<Page> calendars(ContentType type) {
        List<Page> pages = new ArrayList<>();
        for (Item i : site.ofType(type.name())) {
            pages.add(new Page(i.url() + ItemViews.CALENDAR_FILE, "calendar.ics.ftl", deps -> {
                deps.item(i.url());
                Map<String, Object> model = base();
                model.put("calendar", ICalendar.of(List.of(i), site.config(), i.title(), today));
                return model;
            }));
        }
        pages.add(new Page(type.listUrl() + type.folder() + ".ics", "calendar.ics.ftl", deps -> {
            deps.type(type.name());
            Map<String, Object> model = base();
            model.put("calendar", ICalendar.of(org.signpost.content.Events.comingUp(site.ofType(type.name()), today), site.config(),
                    site.config().name() + ": " + type.plural(), today));
            return model;
        }));
        return pages;
    }

    /** A type's listing, split into pages of page_size items, in its types.yml sort order: open ones first, closed ones last. */
    private List<Page> listPages(ContentType type) {
        Listing listing = new Listing(type, today);
        List<Item> all = listing.order(site.ofType(type.name()));
        List<List<Item>> chunks = chunks(all);
        int open = listing.openCount(all); // once per listing, not once per page of it
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= chunks.size(); n++) {
            int number = n;
            List<String> shows = shows(chunks.get(n - 1), chunks.size(), open);
            pages.add(new Page(pageUrl(type.listUrl(), n), "list.ftlh", shows, deps -> listModel(listing, open, chunks, number, deps)));
        }
        return pages;
    }

    /** Page {@code n} of a type's listing. */
    private Map<String, Object> listModel(Listing listing, int openCount, List<List<Item>> chunks, int n, Deps deps) {
            ContentType type = listing.type();
            Map<Item, Map<String, Object>> briefs = new java.util.IdentityHashMap<>();
            java.util.function.Function<Item, Map<String, Object>> brief = i -> briefs.computeIfAbsent(i, x -> views.brief(x, deps));
            List<Map<String, Object>> open = new ArrayList<>(), closed = new ArrayList<>();
            for (Item i : chunks.get(n - 1)) (closed(i) ? closed : open).add(brief.apply(i));
            Map<String, Object> model = base();
            model.put("type", typeModel(type));
            model.put("items", open);
            model.put("closed", closed);
            model.put("sections", listing.sections(chunks.get(n - 1), brief));
            model.put("open_count", openCount);
            String url = pageUrl(type.listUrl(), n);
            String title = type.plural() + pageSuffix(n, chunks.size());
            List<Crumb> crumbs = List.of(homeCrumb(), new Crumb(type.plural(), type.listUrl()));
            Map<String, Object> meta = pageMeta(title, type.roles().description(), url, crumbs, JsonLd.forPage("CollectionPage", title, url, crumbs, site), "website");
            meta.put("pagination", pagination(type.listUrl(), n, chunks.size()));
            model.put("page", meta);
            return model;
    }

    /** A taxonomy value's page: its items grouped by type, split into pages of page_size items. */
    private List<Page> termPages(Taxonomy t, String value, List<Item> items) {
        String label = schema.labelOf(t.vocabulary(), value);
        // Open items grouped by type in the schema's order, each group keeping the given order: one pass, not one a type.
        Map<ContentType, List<Item>> open = new java.util.IdentityHashMap<>();
        for (Item i : items) if (!closed(i)) open.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(i);
        List<Item> shown = new ArrayList<>();
        for (ContentType type : schema.types()) shown.addAll(open.getOrDefault(type, List.of()));
        List<List<Item>> chunks = chunks(shown);
        String base = t.urlFor(value);
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= chunks.size(); n++) {
            int number = n;
            pages.add(new Page(pageUrl(base, n), "term.ftlh", shows(chunks.get(n - 1), chunks.size(), shown.size()),
                    deps -> termModel(t, value, label, shown, chunks, number, deps)));
        }
        return pages;
    }

    /** Page {@code n} of a taxonomy value's items. */
    private Map<String, Object> termModel(Taxonomy t, String value, String label, List<Item> shown, List<List<Item>> chunks, int n, Deps deps) {
            String base = t.urlFor(value);
            Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
            for (Item i : chunks.get(n - 1)) byType.computeIfAbsent(i.type().plural(), k -> new ArrayList<>()).add(views.brief(i, deps));
            List<Map<String, Object>> groups = new ArrayList<>();
            byType.forEach((plural, list) -> groups.add(Map.of("label", plural, "items", list, "count", list.size())));
            Map<String, Object> model = base();
            model.put("taxonomy", taxonomyModel(t));
            model.put("term", Map.of("value", value, "label", label, "count", shown.size()));
            model.put("groups", groups);
            String url = pageUrl(base, n);
            String title = label + pageSuffix(n, chunks.size());
            List<Crumb> crumbs = List.of(homeCrumb(), new Crumb("Browse", "/browse/"), new Crumb(t.plural(), t.url()), new Crumb(label, base));
            Map<String, Object> meta = pageMeta(title, t.label() + ": " + label + ". " + shown.size() + " pages.", url, crumbs,
                    JsonLd.forPage("CollectionPage", title, url, crumbs, site), "website");
            meta.put("pagination", pagination(base, n, chunks.size()));
            model.put("page", meta);
            return model;
    }

    private Page browse() {
        return new Page("/browse/", "browse.ftlh", this::browseModel);
    }

    private Map<String, Object> browseModel(Deps deps) {
        List<Map<String, Object>> taxonomies = new ArrayList<>();
        for (Taxonomy t : schema.taxonomies()) {
            deps.taxonomy(t.name());
            Map<String, Object> tm = taxonomyModel(t);
            tm.put("terms", terms(t));
            taxonomies.add(tm);
        }
        Map<String, Object> model = base();
        model.put("taxonomies", taxonomies);
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb("Browse", "/browse/"));
        model.put("page", pageMeta("Browse", "Browse careers, courses and apprenticeships by sector, level, area and who they are for.",
                "/browse/", crumbs, JsonLd.forPage("CollectionPage", "Browse", "/browse/", crumbs, site), "website"));
        return model;
    }

    private Page taxonomyPage(Taxonomy t) {
        return new Page(t.url(), "taxonomy.ftlh", deps -> taxonomyPageModel(t, deps));
    }

    private Map<String, Object> taxonomyPageModel(Taxonomy t, Deps deps) {
        deps.taxonomy(t.name());
        Map<String, Object> model = base();
        model.put("taxonomy", taxonomyModel(t));
        model.put("terms", terms(t));
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb("Browse", "/browse/"), new Crumb(t.plural(), t.url()));
        model.put("page", pageMeta(t.plural(), "Everything on the site, by " + t.label().toLowerCase(Locale.UK) + ".", t.url(), crumbs,
                JsonLd.forPage("CollectionPage", t.plural(), t.url(), crumbs, site), "website"));
        return model;
    }

    /** What a listing page shows, as far as the plan knows: its items in order, whether each is closed, and the counts it prints. */
    private List<String> shows(List<Item> chunk, int pages, int count) {
        List<String> shows = new ArrayList<>();
        shows.add(pages + " pages, " + count + " items");
        for (Item i : chunk) shows.add(closed(i) ? i.url() + " closed" : i.url()); // the URL itself when open: serve compares these after every edit, and the same instance compares at once
        return shows;
    }

    /** Splits a list into pages of page_size; an empty list still has one (empty) page. */
    private <T> List<List<T>> chunks(List<T> all) {
        int size = site.config().pageSize();
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) out.add(all.subList(i, Math.min(all.size(), i + size)));
        if (out.isEmpty()) out.add(List.of());
        return out;
    }

    private static String pageUrl(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    private static String pageSuffix(int n, int pages) {
        return pages == 1 ? "" : " (page " + n + " of " + pages + ")";
    }

    /** Numbered links to every page of a listing, for the pager. */
    private static Map<String, Object> pagination(String base, int n, int pages) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", n);
        p.put("pages", pages);
        if (n > 1) p.put("previous", pageUrl(base, n - 1));
        if (n < pages) p.put("next", pageUrl(base, n + 1));
        List<Map<String, Object>> links = new ArrayList<>();
        for (int i = 1; i <= pages; i++) links.add(Map.of("number", i, "url", pageUrl(base, i)));
        p.put("links", links);
        return p;
    }

    private Page aToZ() {
        return new Page("/careers/a-z/", "a-z.ftlh", this::aToZModel);
    }

    private Map<String, Object> aToZModel(Deps deps) {
        deps.fields(List.of("title", "alt_titles"));
        Map<String, List<Map<String, Object>>> letters = new TreeMap<>();
        for (Item career : site.ofType("career")) {
            addEntry(letters, career.title(), career, null, deps);
            for (Object alt : career.list("alt_titles")) addEntry(letters, String.valueOf(alt), career, career.title(), deps);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        letters.forEach((letter, entries) -> {
            entries.sort(Comparator.comparing(e -> ((String) e.get("title")).toLowerCase(Locale.UK)));
            list.add(Map.of("letter", letter, "entries", entries));
        });
        Map<String, Object> model = base();
        model.put("letters", list);
        String url = "/careers/a-z/";
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb("Careers", "/careers/"), new Crumb("Careers A to Z", url));
        model.put("page", pageMeta("Careers A to Z", "Every career on the site, from A to Z, including other names for each job.", url, crumbs,
                JsonLd.forPage("CollectionPage", "Careers A to Z", url, crumbs, site), "website"));
        return model;
    }

    private void addEntry(Map<String, List<Map<String, Object>>> letters, String title, Item career, String see, Deps deps) {
        String letter = title.isEmpty() ? "#" : title.substring(0, 1).toUpperCase(Locale.UK);
        if (!Character.isLetter(letter.charAt(0))) letter = "#";
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", title);
        entry.put("url", career.url());
        if (see != null) entry.put("see", see);
        entry.put("item", views.brief(career, deps));
        letters.computeIfAbsent(letter, k -> new ArrayList<>()).add(entry);
    }

    private Page home() {
        return new Page("/", "index.ftlh", this::homeModel);
    }

    private Map<String, Object> homeModel(Deps deps) {
        deps.fields(datingFields());
        Map<String, Object> model = base();
        List<Map<String, Object>> latest = site.items().stream()
                .filter(i -> i.lastChanged() != null && i.type().listed() && !closed(i))
                .sorted(Comparator.comparing(Item::lastChanged).reversed().thenComparing(Item::url))
                .limit(6).map(i -> views.brief(i, deps)).toList();
        model.put("latest", latest);
        model.put("coming_up", org.signpost.content.Events.comingUp(site.items(), today).stream().limit(COMING_UP).map(i -> views.brief(i, deps)).toList());
        List<Crumb> crumbs = List.of(new Crumb("Home", "/"));
        model.put("page", pageMeta(site.config().name(), site.config().tagline(), "/", crumbs,
                JsonLd.forPage("WebSite", site.config().name(), "/", crumbs, site), "website"));
        return model;
    }

    /** The search page; the engine's search-page.js runs it on the index under /search/. */
    private Page search() {
        return new Page("/search/", "search.ftlh", deps -> searchModel());
    }

    private Map<String, Object> searchModel() {
        Map<String, Object> model = base();
        String url = "/search/";
        List<Crumb> crumbs = List.of(homeCrumb(), new Crumb("Search", url));
        model.put("page", pageMeta("Search", "Search careers, courses, apprenticeships, employers, videos and guides.", url, crumbs,
                JsonLd.forPage("SearchResultsPage", "Search", url, crumbs, site), "website"));
        return model;
    }

    private Page notFound() {
        return new Page("/404.html", "404.ftlh", deps -> notFoundModel());
    }

    private Map<String, Object> notFoundModel() {
        Map<String, Object> model = base();
        Map<String, Object> page = pageMeta("Page not found", "We could not find that page.", "/404.html", List.of(), "", "website");
        page.put("noindex", true);
        model.put("page", page);
        return model;
    }

    private Page sitemap(List<String> pageUrls) {
        return new Page("/sitemap.xml", "sitemap.ftlx", deps -> sitemapModel(pageUrls, deps));
    }

    private Map<String, Object> sitemapModel(List<String> pageUrls, Deps deps) {
        deps.fields(LAST_CHANGED);
        List<Map<String, Object>> urls = new ArrayList<>();
        for (String url : pageUrls) {
            if (!url.endsWith("/")) continue;
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("loc", site.config().absolute(url));
            site.atUrl(url).map(Item::lastChanged).ifPresent(d -> u.put("lastmod", d.toString()));
            urls.add(u);
        }
        urls.sort(Comparator.comparing(u -> (String) u.get("loc")));
        Map<String, Object> model = base();
        model.put("urls", urls);
        return model;
    }

    private Page feed() {
        return new Page("/feed.xml", "feed.ftlx", this::feedModel);
    }

    private Map<String, Object> feedModel(Deps deps) {
        deps.fields(LAST_CHANGED);
        List<Item> entries = site.items().stream().filter(i -> i.lastChanged() != null && i.type().listed())
                .sorted(Comparator.comparing(Item::lastChanged).reversed().thenComparing(Item::url))
                .limit(site.config().feedMaxItems()).toList();
        Map<String, Object> model = base();
        model.put("entries", entries.stream().map(i -> {
            Map<String, Object> v = views.brief(i, deps);
            v.put("absolute_url", site.config().absolute(i.url()));
            v.put("changed", new Day(i.lastChanged()));
            return v;
        }).toList());
        model.put("updated", entries.isEmpty() ? new Day(LocalDate.EPOCH) : new Day(entries.get(0).lastChanged()));
        return model;
    }

    /** The fields {@link Item#lastChanged} reads. */
    private static final List<String> LAST_CHANGED = List.of("updated", "date");

    /** The fields that decide which items home shows: when each changed, closes, starts and ends. */
    private List<String> datingFields() {
        java.util.Set<String> fields = new java.util.TreeSet<>(LAST_CHANGED);
        for (ContentType t : schema.types()) {
            for (String f : java.util.Arrays.asList(t.roles().closesOn(), t.roles().start(), t.roles().end())) if (f != null) fields.add(f);
        }
        return List.copyOf(fields);
    }

    private Page robots() {
        return new Page("/robots.txt", "robots.txt.ftl", deps -> base());
    }

    private Map<String, Object> base() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteModel);
        return model;
    }

    private Map<String, Object> siteModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        var c = site.config();
        m.put("name", c.name());
        m.put("tagline", c.tagline());
        m.put("base_url", c.baseUrl());
        m.put("language", c.language());
        m.put("locality", c.locality());
        m.put("feed_title", c.feedTitle());
        m.put("today", new Day(today));
        List<Map<String, Object>> types = new ArrayList<>();
        for (ContentType t : shownTypes()) types.add(typeModel(t));
        m.put("types", types);
        m.put("nav", schema.navigation().stream().filter(shownTypes()::contains).map(this::typeModel).toList());
        m.put("taxonomies", schema.taxonomies().stream().map(this::taxonomyModel).toList());
        m.put("config", c.raw());
        m.put("analytics", analyticsModel(c.analytics()));
        return m;
    }

    /** What the page's analytics script is told: the provider and, where it has them, endpoint, script and site. */
    private static Map<String, Object> analyticsModel(org.signpost.content.Analytics a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider", a.provider());
        if (a.endpoint() != null) m.put("endpoint", a.endpoint());
        if (a.script() != null) m.put("script", a.script());
        if (a.site() != null) m.put("site", a.site());
        return m;
    }

    private Map<String, Object> typeModel(ContentType t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("label", t.label());
        m.put("plural", t.plural());
        m.put("url", t.listUrl());
        m.put("help", t.help());
        m.put("description", t.roles().description());
        m.put("nav_label", t.roles().navLabel() == null ? t.plural() : t.roles().navLabel());
        m.put("closed_note", t.roles().closedNote() == null ? "" : t.roles().closedNote());
        if (t.dated()) m.put("calendar_url", t.listUrl() + t.folder() + ".ics");
        m.put("count", site.ofType(t.name()).size());
        return m;
    }

    private Map<String, Object> taxonomyModel(Taxonomy t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("label", t.label());
        m.put("plural", t.plural());
        m.put("url", t.url());
        return m;
    }

    private List<Map<String, Object>> terms(Taxonomy t) {
        List<Map<String, Object>> terms = new ArrayList<>();
        site.taxonomy(t.name()).forEach((value, items) -> terms.add(Map.of(
                "value", value, "label", schema.labelOf(t.vocabulary(), value), "url", t.urlFor(value),
                "count", (int) items.stream().filter(i -> !closed(i)).count())));
        return terms;
    }

    private static Crumb homeCrumb() {
        return new Crumb("Home", "/");
    }

    private Map<String, Object> pageMeta(String title, String description, String url, List<Crumb> crumbs, String jsonLd, String ogType) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("description", description == null ? "" : description);
        p.put("url", url);
        p.put("canonical", site.config().absolute(url));
        p.put("og_type", ogType);
        p.put("jsonld", jsonLd);
        p.put("breadcrumbs", crumbs.stream().map(c -> Map.of("title", c.title(), "url", c.url())).toList());
        p.put("data", Map.of());
        p.put("sample", false);
        p.put("draft", false);
        p.put("noindex", false);
        p.put("pagination", Map.of("number", 1, "pages", 1, "links", List.of()));
        return p;
    }

    /** data-* attributes on the main element, for search and analytics to read. */
    private Map<String, Object> dataAttributes(Item item) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", item.type().name());
        putJoined(d, "route", item.fields().get("route"));
        putJoined(d, "level", item.fields().get("level"));
        putJoined(d, "locality", item.fields().get("locality"));
        putJoined(d, "audience", item.fields().get("audience"));
        putJoined(d, "gatsby", item.fields().get("gatsby"));
        d.put("sample", String.valueOf(item.sample()));
        if (item.closes() != null) d.put("status", closed(item) ? "closed" : "open");
        return d;
    }

    private static void putJoined(Map<String, Object> d, String key, Object value) {
        if (value == null) return;
        d.put(key, value instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList()) : String.valueOf(value));
    }
}
