package org.newsdesk.staff;

import java.util.Map;

/**
 * Input that cannot be accepted, by field. Values are message keys, so every UI language can show
 * them beside the field they concern.
 */
public class StaffValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public StaffValidationException(Map<String, String> errors) {
        super("Invalid input: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public static StaffValidationException of(String field, String messageKey) {
        return new StaffValidationException(Map.of(field, messageKey));
    }

    /** Field name → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
