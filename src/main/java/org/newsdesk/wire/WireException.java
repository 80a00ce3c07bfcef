package org.newsdesk.wire;

/** A refused request about wires; the message is a message key, shown translated. */
public class WireException extends RuntimeException {

    public WireException(String key) {
        super(key);
    }

    public String key() {
        return getMessage();
    }
}
