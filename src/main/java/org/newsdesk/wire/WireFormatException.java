package org.newsdesk.wire;

/** A partner's response that cannot be read; the message says why, in words shown on the source. */
class WireFormatException extends Exception {

    WireFormatException(String message) {
        super(message);
    }

    WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
