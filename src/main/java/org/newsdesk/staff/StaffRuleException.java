package org.newsdesk.staff;

/** An operation a rule forbids (the last administrator, disabling oneself); the message is a message key. */
public class StaffRuleException extends RuntimeException {

    private final String messageKey;

    public StaffRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
