package org.newsdesk.place;

import java.util.Map;

/**
 * A place datelines name, with its name per language.
 *
 * @param names language tag → name as that language writes it ("fr" → "Bakou")
 */
public record Place(long id, String code, Map<String, String> names) {

    public Place {
        names = Map.copyOf(names);
    }

    /** The name in a language; the English one (then any) when the language has none. */
    public String nameIn(String language) {
        String name = names.get(language);
        if (name == null) {
            name = names.get("en");
        }
        return name != null ? name : names.values().stream().sorted().findFirst().orElse(code);
    }
}
