package org.newsdesk.dispatch;

import java.util.Map;

/** Fields that cannot be saved as they are: field name → message key. Nothing is stored. */
public class DispatchValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public DispatchValidationException(Map<String, String> errors) {
        super("Invalid dispatch: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
