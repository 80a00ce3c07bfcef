package org.newsdesk.picture;

import java.util.List;

/** A file that cannot become a picture, with the message key (and its arguments) that says why. Nothing was stored. */
public class PictureRejectedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public PictureRejectedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
