package org.newsdesk.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Locale;

/**
 * Human names for the audit trail's action codes ("DISPATCH_PUBLISH" → "Published") and recorded
 * states ("SCHEDULED" → "Scheduled"), in the staff member's language. A code without a name (a new
 * action) shows as itself rather than as a missing-key marker.
 */
public final class AuditNames {

    private AuditNames() {
    }

    public static String action(Component c, String code) {
        return named(c, "audit.action." + code, code);
    }

    public static String state(Component c, String code) {
        return code == null ? "" : named(c, "state." + code.toLowerCase(Locale.ROOT), code);
    }

    /** "Submitted → Returned", or "" when the entry changed no state. */
    public static String transition(Component c, String from, String to) {
        return from == null ? "" : state(c, from) + " → " + state(c, to);
    }

    private static String named(Component c, String key, String fallback) {
        String name = c.getTranslation(key);
        return name == null || name.equals(key) || name.startsWith("!") ? fallback : name;
    }
}
