package dev.commis.importer;

/**
 * Why a link could not be saved. Its message names the link and says what happened, in English
 * (for the command line and the log); {@link #reason()} and {@link #detail()} let the chat say
 * the same in the chat's language.
 */
public final class ImportException extends Exception {

    /** What went wrong. */
    public enum Reason {
        BAD_URL, REFUSED_ADDRESS, UNKNOWN_HOST, HTTP_STATUS, TOO_MANY_REDIRECTS, NOT_HTML, TOO_BIG, TIMED_OUT,
        NETWORK, NO_RECIPE, READ_ONLY, WRITE_FAILED
    }

    private final Reason reason;
    private final String url;
    private final String detail;

    public ImportException(Reason reason, String url, String detail) {
        super(english(reason, url, detail));
        this.reason = reason;
        this.url = url;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The link that failed, as given (or the redirect hop that failed). */
    public String url() {
        return url;
    }

    /** The part of the message that is not the link: a status, an address, a folder. */
    public String detail() {
        return detail;
    }

    private static String english(Reason reason, String url, String detail) {
        return switch (reason) {
            case BAD_URL -> url + ": not a web page address (" + detail + "); give one starting with http:// or https://";
            case REFUSED_ADDRESS -> url + ": refused: " + detail + " is not a public address"
                    + " (set import.allow_private_addresses: true to read pages on your own network)";
            case UNKNOWN_HOST -> url + ": the host " + detail + " was not found";
            case HTTP_STATUS -> url + ": the site answered HTTP " + detail;
            case TOO_MANY_REDIRECTS -> url + ": too many redirects (more than " + detail + ")";
            case NOT_HTML -> url + ": not a web page (content type " + detail + ")";
            case TOO_BIG -> url + ": the page is too big (more than " + detail + "; see import.max_page_mb)";
            case TIMED_OUT -> url + ": timed out after " + detail;
            case NETWORK -> url + ": could not be read (" + detail + ")";
            case NO_RECIPE -> url + ": no recipe found on this page" + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
            case READ_ONLY -> url + ": the vault folder " + detail + " cannot be written (is the vault read-only?)";
            case WRITE_FAILED -> url + ": the recipe could not be written (" + detail + ")";
        };
    }
}
