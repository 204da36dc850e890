package org.signpost.content;

/**
 * The type, slug and URL a content file would have had, kept when the file fails to parse, so
 * links and references to it are not reported again: one broken file gives one file's errors.
 */
public record Reservation(String type, String slug, String url, String path) {}
