package org.newsdesk.apiclient;

/** An administrator's request about API clients that cannot be done; the message is a message key. */
public class ApiClientException extends RuntimeException {

    public ApiClientException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
