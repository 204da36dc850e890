package org.signpost.content;

/** How bad a problem is: errors stop a build, warnings are only reported. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
