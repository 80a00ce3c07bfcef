package org.newsdesk.support;

import java.util.UUID;

/** Names and words no other test uses: tests stay independent of whatever else the shared database holds. */
public final class Unique {

    private Unique() {
    }

    /** {@code prefix} and a random suffix: "Port figures 3f9a1c2e". */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** One random word, for search and list checks: "zq4c1d…". */
    public static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
