package org.newsdesk.wire;

/**
 * A partner's response that cannot be taken. {@code key} is a message key ({@code wire.poll.*}) shown
 * translated on the source; {@code detail} fills its {0} (a status, a host, the parser's own words).
 */
class WireFormatException extends Exception {

    private final String detail;

    WireFormatException(String key, String detail) {
        super(key);
        this.detail = detail;
    }

    String key() {
        return getMessage();
    }

    String detail() {
        return detail;
    }
}
