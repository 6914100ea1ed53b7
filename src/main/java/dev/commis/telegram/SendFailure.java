package dev.commis.telegram;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What a failed call to the Bot API means for sending it again. Telegram's answer, when there is one, says it:
 * 429 waits, 5xx (or a proxy's page instead of Telegram's JSON) was not delivered and goes again, another 4xx is
 * refused for good. Without an answer, only a failure before the request could leave (no connection, no TLS
 * handshake) is known not to have been delivered; after that (a read time-out, a connection cut while waiting)
 * Telegram may well have posted the message, so it is never sent again: a duplicate is the worse harm.
 */
enum SendFailure {
    /** Telegram asked to wait ({@code retry_after}); nothing was posted. */
    TOO_MANY_REQUESTS,
    /** Not posted, known: try again after a pause. */
    NOT_DELIVERED,
    /** Refused by Telegram, and it would be again. */
    REFUSED,
    /** Perhaps posted, perhaps not: not sent again. */
    OUTCOME_UNKNOWN,
    /** A failure on this side before anything was sent (a bug, a file): sending again would fail again. */
    LOCAL;

    static SendFailure of(Throwable failure) {
        if (failure instanceof TelegramApiRequestException request) {
            if (request.getErrorCode() == null) {
                return OUTCOME_UNKNOWN; // an answer came, but not one that says what happened
            }
            int code = request.getErrorCode();
            if (code == 429) {
                return TOO_MANY_REQUESTS;
            }
            // 0: the client could not read the answer at all, as when a proxy in front sends an HTML error page.
            return code == 0 || code >= 500 ? NOT_DELIVERED : REFUSED;
        }
        if (!(failure instanceof TelegramApiException)) {
            return LOCAL;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SSLHandshakeException
                    || cause instanceof SocketTimeoutException timeout && isConnectTimeout(timeout)) {
                return NOT_DELIVERED;
            }
            if (cause instanceof IOException) {
                return OUTCOME_UNKNOWN;
            }
        }
        // The library's own failure without I/O (it could not write the request): nothing left this side.
        return LOCAL;
    }

    private static boolean isConnectTimeout(SocketTimeoutException timeout) {
        String message = timeout.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("connect");
    }
}
