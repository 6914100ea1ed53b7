package dev.commis.web;

import java.io.IOException;

/** The kitchen screen cannot listen where its settings say; the message names the settings to change. */
public final class WebBindException extends IOException {

    WebBindException(String message, IOException cause) {
        super(message, cause);
    }
}
