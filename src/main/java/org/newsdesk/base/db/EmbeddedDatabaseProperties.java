package org.newsdesk.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB that starts when no database URL is configured.
 *
 * @param dataDir  where the server keeps its files; persists between runs (git-ignored)
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param database schema the application uses
 * @param fresh    drop and recreate the schema once per JVM (tests start from an empty database)
 * @param bufferPool InnoDB buffer pool size (MariaDB's default of 128M is small for benchmarks)
 */
@ConfigurationProperties("newsdesk.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, int port, String database, boolean fresh, String bufferPool) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = "data/mariadb";
        }
        if (database == null || database.isBlank()) {
            database = "newsdesk";
        }
        if (bufferPool == null || !bufferPool.matches("\\d+[KMG]?")) {
            bufferPool = "256M";
        }
    }
}
