package org.signpost.content;

import java.util.List;

/** A front-matter value that names another item by slug; checked once every item is loaded. */
public record Reference(String field, String slug, List<String> types, Position at) {}
