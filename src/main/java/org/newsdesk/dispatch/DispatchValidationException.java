package org.newsdesk.dispatch;

import java.util.Map;

/** Fields that cannot be saved as they are: field name → message key. Nothing is stored. */
public class DispatchValidationException extends RuntimeException {

    private final Map<String, String> errors;
    private final Map<String, java.util.List<Object>> args;

    public DispatchValidationException(Map<String, String> errors) {
        this(errors, Map.of());
    }

    /** With arguments for the messages, by field (e.g. which picture lacks alt text). */
    public DispatchValidationException(Map<String, String> errors, Map<String, java.util.List<Object>> args) {
        super("Invalid dispatch: " + errors);
        this.errors = Map.copyOf(errors);
        this.args = Map.copyOf(args);
    }

    /** The arguments of a field's message (none for most). */
    public Object[] args(String field) {
        return args.getOrDefault(field, java.util.List.of()).toArray();
    }

    public Map<String, String> errors() {
        return errors;
    }
}
