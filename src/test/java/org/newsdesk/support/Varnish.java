package org.newsdesk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real varnishd running the repo's VCL (docker/varnish/default.vcl) in front of app nodes on
 * loopback: one backend per port given, taken in turn like the nodes of a deployment. Its port is
 * known before it starts, so the nodes can be told where to purge.
 */
public final class Varnish implements AutoCloseable {

    public static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

    public final int port = freePort();
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;

    public static boolean installed() {
        return Files.isExecutable(VARNISHD);
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts varnishd (once) and waits until its probe finds a node healthy: start the nodes first. */
    public void start(List<Integer> appPorts) throws Exception {
        if (process != null) {
            return;
        }
        // varnishd drops root for its own user: it must be able to read the VCL.
        Path workDir = Files.createTempDirectory("varnish-it", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        String vcl = Files.readString(Path.of("docker/varnish/default.vcl"));
        int start = vcl.indexOf("backend app {");
        int end = vcl.indexOf("\n}\n", start) + 3;
        String backend = vcl.substring(start, end).replace(".host = \"app\";", ".host = \"127.0.0.1\";");
        StringBuilder backends = new StringBuilder();
        StringBuilder adds = new StringBuilder();
        for (int i = 0; i < appPorts.size(); i++) {
            backends.append(backend.replace("backend app {", "backend app" + i + " {")
                    .replace(".port = \"8080\";", ".port = \"" + appPorts.get(i) + "\";"));
            adds.append("    nodes.add_backend(app").append(i).append(");\n");
        }
        vcl = vcl.substring(0, start) + backends + vcl.substring(end);
        vcl = vcl.replace("    nodes.add_backend(app);\n", adds.toString());
        Path vclFile = workDir.resolve("default.vcl");
        Files.writeString(vclFile, vcl);
        Files.setPosixFilePermissions(vclFile, PosixFilePermissions.fromString("rw-r--r--"));
        process = new ProcessBuilder(VARNISHD.toString(), "-F", "-n", workDir.resolve("n").toString(),
                "-a", "127.0.0.1:" + port, "-f", vclFile.toString(), "-s", "malloc,64m", "-p", "ban_lurker_sleep=0.05",
                "-p", "http_gzip_support=off") // as docker-compose.yml runs it
                .redirectErrorStream(true).redirectOutput(workDir.resolve("varnishd.log").toFile()).start();
        // Until Varnish answers and its probe finds a node healthy.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/readyz").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        String log = Files.readString(workDir.resolve("varnishd.log"));
        close();
        throw new IllegalStateException("Varnish did not start: " + log);
    }

    /** The URL an app node purges (newsdesk.front-cache.purge-urls). */
    public String purgeUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(port, path);
    }

    /** A GET straight to a port (Varnish or an app node). */
    public HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> ban(String tags) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(purgeUrl())).method("BAN", HttpRequest.BodyPublishers.noBody())
                .header("X-Purge-Tags", tags).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls a port until the response satisfies the check (at most 5 s); returns how long it took. */
    public Duration until(int port, String path, Predicate<HttpResponse<String>> check) throws Exception {
        long start = System.nanoTime();
        while (!check.test(get(port, path))) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waiting on %s", path).isLessThan(Duration.ofSeconds(5));
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            process = null;
        }
    }
}
