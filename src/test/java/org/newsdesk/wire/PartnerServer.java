package org.newsdesk.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner agency in the test: serves files the test writes (ETag = the file's content hash, with
 * conditional GET), plus a path that never answers and one that streams 50 MB.
 */
public final class PartnerServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Path dir;
    private final CountDownLatch release = new CountDownLatch(1);
    public final Map<String, String> authorizations = new ConcurrentHashMap<>();
    public final AtomicInteger notModified = new AtomicInteger();

    public PartnerServer(Path dir) {
        this.dir = dir;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    public void write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String name = ex.getRequestURI().getPath().substring(1);
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            authorizations.put(name, auth);
        }
        try (ex) {
            if (name.equals("hang")) {
                // Holds the connection open without answering, until the test is over.
                release.await(60, TimeUnit.SECONDS);
                return;
            }
            if (name.equals("huge")) {
                ex.sendResponseHeaders(200, 0);
                byte[] chunk = "<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n".repeat(1000).getBytes();
                try (OutputStream out = ex.getResponseBody()) {
                    for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) {
                        out.write(chunk);
                    }
                } catch (IOException closedByClient) {
                    // the client gave up at its limit: as intended
                }
                return;
            }
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
