package dev.commis.telegram;

/**
 * A call Telegram may or may not have carried out: the request left and no answer came (a read time-out, a
 * connection cut). Such a call is not sent again, so that it is never posted twice.
 */
final class SendOutcomeUnknown extends Exception {

    private static final long serialVersionUID = 1L;

    SendOutcomeUnknown(Throwable cause) {
        super("no answer from Telegram: the message may have been posted", cause);
    }
}
