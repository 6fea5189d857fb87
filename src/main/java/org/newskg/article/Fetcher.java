package org.newskg.article;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages and feeds over http(s) with the JDK client: redirects followed, one timeout for
 * the whole exchange (connecting, waiting and downloading), and a size limit that stops the
 * download as soon as it is passed. Every failure is a {@link ReadException} that says which.
 */
final class Fetcher {

    /** A fetched body and what the server said it is. */
    record Page(URI uri, String contentType, byte[] body) {}

    private static final String USER_AGENT = "NewsKG/0.1 (+https://w3id.org/newskg)";

    private final Duration timeout;
    private final long maxBytes;
    private HttpClient client;

    Fetcher(ReadOptions options) {
        this.timeout = options.timeout();
        this.maxBytes = options.maxBytes();
    }

    Page get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request,
                info -> info.statusCode() >= 300 ? BodySubscribers.replacing(new byte[0]) : new LimitedBody(maxBytes));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted while fetching");
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
        if (response.statusCode() >= 300)
            throw new ReadException("the server answered HTTP " + response.statusCode()
                    + (response.statusCode() >= 500 ? "; try again later" : "; check the URL"));
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Page(response.uri(), type, response.body());
    }

    private ReadException failure(URI uri, Throwable cause) {
        if (cause instanceof ReadException e)
            return e;
        if (cause instanceof HttpConnectTimeoutException)
            return new ReadException("cannot connect to " + uri.getHost() + " within " + seconds());
        if (cause instanceof java.net.http.HttpTimeoutException)
            return timedOut();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException)
                return new ReadException("cannot connect to " + authority(uri) + " (connection refused); is the URL"
                        + " right and the server up?");
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException)
                return new ReadException("unknown host " + uri.getHost() + "; check the URL");
        }
        return new ReadException("cannot fetch: " + (cause.getMessage() == null ? cause : cause.getMessage()), cause);
    }

    private ReadException timedOut() {
        return new ReadException("no answer within " + seconds() + "; try again later or raise --fetch-timeout");
    }

    private static String authority(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private synchronized HttpClient client() {
        if (client == null)
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        return client;
    }

    /** Collects a body, cancelling the download once it passes the limit. */
    private static final class LimitedBody implements BodySubscriber<byte[]> {

        private final long maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long maxBytes) {
            this.maxBytes = maxBytes;
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
            if (result.isDone())
                return;
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(InputFiles.tooLarge("the answer", -1, maxBytes));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
