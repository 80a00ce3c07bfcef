package org.newsdesk.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Which editions exist besides those with published content ({@code newsdesk.site.*}).
 *
 * @param defaultEdition where {@code /} sends readers whose languages no edition matches; always an edition
 * @param editions       editions shown even before anything is published in them
 */
@ConfigurationProperties("newsdesk.site")
public record EditionProperties(String defaultEdition, List<String> editions) {

    public EditionProperties {
        defaultEdition = defaultEdition == null || defaultEdition.isBlank() ? "en" : defaultEdition.strip();
        editions = editions == null ? List.of() : editions.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
    }
}
