package org.newsdesk.dispatch;

/**
 * One row of a side-by-side diff: the field it belongs to, what changed, and both sides as safe
 * HTML (text escaped; changed words wrapped in {@code <del>} and {@code <ins>}).
 */
public record DiffLine(String field, Kind kind, String oldHtml, String newHtml) {

    public enum Kind { EQUAL, CHANGED, INSERTED, DELETED }
}
