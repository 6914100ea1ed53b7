package dev.commis.importer;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: past it, the download is cancelled and the
 * body fails with {@link TooBig}, so a huge or endless page costs at most the limit.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the limit. */
    static final class TooBig extends RuntimeException {
        TooBig() {
            super("too big", null, false, false);
        }
    }

    private final HttpResponse.BodySubscriber<byte[]> inner = HttpResponse.BodySubscribers.ofByteArray();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long max;
    private long seen;
    private boolean over;
    private Flow.Subscription subscription;

    LimitedBody(long max) {
        this.max = max;
        inner.getBody().whenComplete((bytes, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(bytes);
            }
        });
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        inner.onSubscribe(given);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (over) {
            return;
        }
        for (ByteBuffer item : items) {
            seen += item.remaining();
        }
        if (seen > max) {
            over = true;
            subscription.cancel();
            result.completeExceptionally(new TooBig());
            return;
        }
        inner.onNext(items);
    }

    @Override
    public void onError(Throwable error) {
        inner.onError(error);
    }

    @Override
    public void onComplete() {
        inner.onComplete();
    }
}
