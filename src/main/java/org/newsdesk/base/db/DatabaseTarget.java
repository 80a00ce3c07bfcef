package org.newsdesk.base.db;

import java.net.URI;

/**
 * Where the application's database is, for messages and logs. Never holds a password.
 */
public record DatabaseTarget(String host, int port, String database, String user) {

    /** Parses {@code jdbc:mariadb://host:port/db?…} (also {@code jdbc:mysql:}); unknown parts stay "?". */
    public static DatabaseTarget parse(String jdbcUrl, String user) {
        String host = "?";
        int port = 3306;
        String database = "";
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:")) {
            try {
                URI uri = URI.create(jdbcUrl.substring("jdbc:".length()).split(",")[0]);
                if (uri.getHost() != null) {
                    host = uri.getHost();
                }
                if (uri.getPort() > 0) {
                    port = uri.getPort();
                }
                String path = uri.getPath();
                if (path != null && path.length() > 1) {
                    database = path.substring(1);
                }
            } catch (IllegalArgumentException e) {
                // keep the defaults: this is only for messages
            }
        }
        return new DatabaseTarget(host, port, database, user == null || user.isBlank() ? "?" : user);
    }

    @Override
    public String toString() {
        return "mariadb://%s@%s:%d/%s".formatted(user, host, port, database);
    }
}
