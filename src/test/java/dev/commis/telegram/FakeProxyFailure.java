package dev.commis.telegram;

import mockwebserver3.MockResponse;

/**
 * The next {@code times} sends fail in a reverse proxy in front of Telegram: a 5xx status with the proxy's HTML
 * page for a body, which is not Bot API JSON at all.
 */
final class FakeProxyFailure implements FakeMisbehaviour {

    private final int status;
    private int left;

    FakeProxyFailure(int times, int status) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a proxy failure is a 5xx status, was " + status);
        }
        this.left = times;
        this.status = status;
    }

    @Override
    public MockResponse intercept(String method) {
        left--;
        String title = status + " " + reason(status);
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "text/html")
                .body("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                .build();
    }

    @Override
    public boolean spent() {
        return left <= 0;
    }

    private static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
    }
}
