package org.signpost.content;

import java.util.List;
import java.util.Map;

/**
 * A content type: its folder under content/, its URL pattern, its labels, its own fields (the
 * fields every type shares are in {@link Schema#common()}) and its {@link Roles}: what the
 * engine does with it, read from types.yml so no code names a type.
 */
public record ContentType(String name, String folder, String urlPattern, String label, String plural,
                          String schemaOrg, String help, boolean listed, Map<String, FieldSpec> fields, Roles roles) {

    /**
     * What the engine does with a type's items, each role naming the field it reads.
     *
     * @param description   public text for the listing's intro and meta description
     * @param closesOn      the date or date-time field after which an item shows as closed
     * @param closedNote    what a listing says above its closed items
     * @param closedWarning what {@code check} warns once an item has closed, or null for no warning
     * @param sort          fields a listing sorts by (dates and numbers ascending), then the file order
     * @param navOrder      place in the main navigation, or null when it is not there
     * @param navLabel      its words in the navigation
     * @param start         the date-time an item starts: items with one are events for "Coming up" and iCalendar
     * @param end           the date-time it ends
     * @param schemaOrgBy   a field whose value picks another schema.org type (value to type)
     * @param schemaOrgProperties schema.org property to the field that fills it
     * @param searchTitles  fields indexed as other titles (weighted just under the title)
     * @param searchKeywords fields indexed as keywords, with the common {@code tags} (weighted as the summary)
     * @param searchDetails fields the page shows that are indexed as its details (weighted as the body), or null
     *                      when types.yml names none: then every plain-text field of the type that no other role takes
     * @param searchBodyAs  the search field the body is indexed as: body, or transcript (then the body is required)
     * @param assets        fields holding a path under assets/ that must exist, each with the field values it applies under
     * @param groups        the listing's sections, by a field's value, or null for one list
     * @param facts         fields shown on cards and search results, each with its label, in order
     * @param comingUpBy    a list field events share: events with a value in common are Coming up on the item's page; or null
     */
    public record Roles(String description, String closesOn, String closedNote, String closedWarning, List<String> sort, Integer navOrder,
                        String navLabel, String start, String end, String schemaOrgField, Map<String, String> schemaOrgBy,
                        Map<String, String> schemaOrgProperties, List<String> searchTitles, List<String> searchKeywords,
                        List<String> searchDetails, String searchBodyAs,
                        Map<String, Map<String, String>> assets, Groups groups, Map<String, String> facts,
                        String comingUpBy) {}

    /**
     * A listing in sections (types.yml {@code groups: {by: kind, values: {vacancy: {...}}}}): items
     * of one type that are different things to a reader, such as vacancies to apply for and the
     * standards that describe the training, listed apart.
     *
     * @param by     the field whose value picks an item's section
     * @param values its sections in the order listed
     */
    public record Groups(String by, List<Group> values) {
        /** The section an item with this value of {@code by} belongs in, or null. */
        public Group of(Object value) {
            for (Group g : values) if (g.value().equals(String.valueOf(value))) return g;
            return null;
        }
    }

    /**
     * One section of a listing.
     *
     * @param heading what the section is called
     * @param note    a sentence under the heading, or null
     * @param sort    fields its items sort by, ascending (e.g. closing date, soonest first); empty for the type's sort
     * @param counted whether its open items are the ones the listing counts as open ("3 apprenticeships open")
     */
    public record Group(String value, String heading, String note, List<String> sort, boolean counted) {}

    /** The URL of an item of this type with the given slug. */
    public String urlFor(String slug) {
        return urlPattern.replace("{folder}", folder).replace("{slug}", slug);
    }

    /** The URL of this type's listing page. */
    public String listUrl() {
        return "/" + folder + "/";
    }

    /** Whether its items are events: dated, with a start, listed under "Coming up" and as iCalendar. */
    public boolean dated() {
        return roles.start() != null;
    }
}
