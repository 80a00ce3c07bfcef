package org.newsdesk.text;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The agency's name as datelines print it, per language ("AZERTAC", "AZƏRTAC", "АЗЕРТАДЖ").
 *
 * @param name  default name
 * @param names name per language tag, where it differs
 */
@ConfigurationProperties("newsdesk.agency")
public record AgencyProperties(String name, Map<String, String> names) {

    public AgencyProperties {
        name = name == null || name.isBlank() ? "AZERTAC" : name;
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    public String nameFor(String language) {
        return names.getOrDefault(language, name);
    }
}
