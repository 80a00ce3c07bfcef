package org.newsdesk.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who can log in on a new installation.
 *
 * @param demoData      dev and tests: create the demo accounts writer, editor and admin
 * @param adminUsername first administrator (NEWSDESK_ADMIN_USERNAME), used only while none exists
 * @param adminPassword its password (NEWSDESK_ADMIN_PASSWORD)
 */
@ConfigurationProperties("newsdesk")
public record StaffBootstrapProperties(boolean demoData, Admin admin) {

    public record Admin(String username, String password) {
    }

    public StaffBootstrapProperties {
        admin = admin == null ? new Admin(null, null) : admin;
    }
}
