package eu.alpkb.ingest.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and stops the transfer as soon as more arrives, so a huge or endless
 * body costs at most the limit. It always completes normally, with the bytes it got and how reading ended: a broken
 * connection or a stop at the limit still leaves the part that arrived, which the archive keeps.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {
    /** The bytes that arrived and why reading stopped; {@code error} explains a broken connection. */
    record Result(byte[] bytes, BodyEnd end, String error) {
    }

    private final long max;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long max) {
        this.max = max;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = (int) Math.min(item.remaining(), max - buffer.size());
            byte[] chunk = new byte[room];
            item.get(chunk);
            buffer.write(chunk, 0, room);
            if (item.hasRemaining()) {
                finish(BodyEnd.TOO_LARGE, null);
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        result.complete(new Result(buffer.toByteArray(), BodyEnd.DISCONNECTED, message));
    }

    @Override
    public synchronized void onComplete() {
        result.complete(new Result(buffer.toByteArray(), BodyEnd.COMPLETE, null));
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    /** Stops reading from outside (the time for the response ran out) and returns what arrived. */
    synchronized Result abort(BodyEnd why, String error) {
        finish(why, error);
        return result.join();
    }

    private void finish(BodyEnd why, String error) {
        if (subscription != null) {
            // Cancelling tells the client to drop the connection instead of draining the rest of the body.
            subscription.cancel();
        }
        result.complete(new Result(buffer.toByteArray(), why, error));
    }
}
