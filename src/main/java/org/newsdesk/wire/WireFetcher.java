package org.newsdesk.wire;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One conditional GET of a partner's URL: connect timeout, a deadline for the whole response (a source
 * that hangs mid-body is cut off too) and a size limit enforced while the body streams in, so a 50 MB
 * answer costs at most the limit in memory.
 */
@Component
class WireFetcher {

    record Response(int status, byte[] body, String etag, String lastModified) {
        boolean notModified() {
            return status == 304;
        }
    }

    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;

    WireFetcher(@Value("${newsdesk.wires.connect-timeout:PT5S}") Duration connectTimeout,
                @Value("${newsdesk.wires.read-timeout:PT20S}") Duration readTimeout,
                @Value("${newsdesk.wires.max-bytes:5242880}") long maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    Response get(String url, String bearerToken, String etag, String lastModified) throws WireFormatException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("wire.poll.bad-url", null);
        }
        var request = HttpRequest.newBuilder(uri).GET().timeout(readTimeout)
                .header("Accept", "application/json, application/xml, application/atom+xml, application/rss+xml, */*;q=0.5")
                .header("User-Agent", "Newsdesk wire ingest");
        if (bearerToken != null && !bearerToken.isBlank()) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> new Limited(maxBytes));
        try {
            HttpResponse<byte[]> response = future.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new WireFormatException("wire.poll.timeout", String.valueOf(readTimeout.toSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WireFormatException("wire.poll.interrupted", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new WireFormatException("wire.poll.too-large", String.valueOf(maxBytes / (1024 * 1024)));
            }
            if (cause instanceof HttpTimeoutException) {
                throw new WireFormatException("wire.poll.timeout", String.valueOf(readTimeout.toSeconds()));
            }
            if (cause instanceof java.net.ConnectException) {
                throw new WireFormatException("wire.poll.cannot-connect", uri.getHost());
            }
            throw new WireFormatException("wire.poll.request-failed", (cause instanceof IOException && cause.getMessage() != null
                    ? cause.getMessage() : cause.getClass().getSimpleName()));
        }
    }

    static final class TooLarge extends IOException {
        TooLarge() {
            super("response too large");
        }
    }

    /** Collects the body, giving up (and closing the connection) once it passes the limit. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Limited(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
