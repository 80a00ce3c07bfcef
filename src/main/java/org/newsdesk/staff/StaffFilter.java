package org.newsdesk.staff;

import org.newsdesk.security.Role;

/** Account list filter; null fields do not filter. {@code text} matches username or name. */
public record StaffFilter(String text, Role role, Boolean enabled) {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null);
    }
}
