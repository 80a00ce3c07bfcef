package org.newsdesk.staff;

/** A staff member as lists and filters name them. */
public record StaffName(long id, String displayName) {
}
