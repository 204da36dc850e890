package org.signpost.jbake;

import java.util.Map;

/**
 * One page to render: the file it is written to, the template key it uses (a content type or a
 * {@link PageKind}), the page's own values, and, on a paginated index, its slice of the published posts.
 *
 * @param source what the page comes from, for problems: a content file or jbake.properties
 */
record PageJob(String output, String templateKey, Map<String, Object> values, int[] slice, String source) {}
