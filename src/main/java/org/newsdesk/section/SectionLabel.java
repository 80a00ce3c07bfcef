package org.newsdesk.section;

/** A section and its name in one language. */
public record SectionLabel(String code, String label) {
}
