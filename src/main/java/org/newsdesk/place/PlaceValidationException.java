package org.newsdesk.place;

import java.util.Map;

/** Place names that cannot be accepted, by language: language tag → message key. */
public class PlaceValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public PlaceValidationException(Map<String, String> errors) {
        super("Invalid place: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
