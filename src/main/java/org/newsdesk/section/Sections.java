package org.newsdesk.section;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections of the agency's copy (Politics, Economy, …) and their names per language: reference
 * data that the newsroom and every public output share. The one rule for a section's name: its label
 * in the language, else in the language's primary tag (fr for fr-CA), else in English, else its code.
 */
@Service
public class Sections {

    private static final String LABEL = """
            COALESCE(l.label, p.label, en.label, s.code) AS label
            FROM section s
            LEFT JOIN section_label l ON l.section_code = s.code AND l.language = :language
            LEFT JOIN section_label p ON p.section_code = s.code AND p.language = SUBSTRING_INDEX(:language, '-', 1)
            LEFT JOIN section_label en ON en.section_code = s.code AND en.language = 'en'""";

    private final JdbcClient jdbc;

    Sections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active sections in the agency's order, named in the language. */
    public List<SectionLabel> active(String language) {
        return jdbc.sql("SELECT s.code, " + LABEL + " WHERE s.active ORDER BY s.position, s.code")
                .param("language", language)
                .query((rs, n) -> new SectionLabel(rs.getString("code"), rs.getString("label"))).list();
    }

    /** Every section's name in the language, active or not (items filed under a retired section keep its name), by code. */
    public Map<String, String> labels(String language) {
        Map<String, String> labels = new HashMap<>();
        jdbc.sql("SELECT s.code, " + LABEL).param("language", language)
                .query(rs -> {
                    labels.put(rs.getString("code"), rs.getString("label"));
                });
        return labels;
    }

    /** An active section's name in the language; empty if there is no such active section. */
    public Optional<String> label(String code, String language) {
        return jdbc.sql("SELECT " + LABEL + " WHERE s.code = :code AND s.active")
                .param("code", code).param("language", language).query(String.class).optional();
    }
}
