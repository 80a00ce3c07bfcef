package org.newsdesk.dispatch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a draft field by field and chooses its slug, with the two look-ups that needs (is the
 * section active, is the slug free). Every bad field is named at once, with its message key.
 */
@Component
class DraftChecks {

    private final JdbcClient jdbc;

    DraftChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The slug the draft gets ({@code existing} is null for a new dispatch).
     *
     * @throws DispatchValidationException naming every bad field
     */
    String slugOrRefuse(DispatchDraft draft, Dispatch existing) {
        Map<String, String> errors = validate(draft);
        String slug = slugFor(draft, existing, errors);
        if (!errors.isEmpty()) {
            throw new DispatchValidationException(errors);
        }
        return slug;
    }

    private Map<String, String> validate(DispatchDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.headline() == null || d.headline().isBlank()) {
            errors.put("headline", "dispatch.error.headline-required");
        } else if (d.headline().strip().length() > DispatchDraft.HEADLINE_MAX) {
            errors.put("headline", "dispatch.error.headline-too-long");
        }
        if (d.body() == null || d.body().isBlank()) {
            errors.put("body", "dispatch.error.body-required");
        } else if (d.body().length() > DispatchDraft.BODY_MAX) {
            errors.put("body", "dispatch.error.body-too-long");
        }
        if (d.urgency() < 1 || d.urgency() > 9) {
            errors.put("urgency", "dispatch.error.urgency");
        }
        if (!validLanguage(d.language())) {
            errors.put("language", "dispatch.error.language");
        }
        if (d.sectionCode() != null && !d.sectionCode().isBlank() && !sectionActive(d.sectionCode())) {
            errors.put("sectionCode", "dispatch.error.section");
        }
        if (d.slugline() != null && d.slugline().strip().length() > 64) {
            errors.put("slugline", "dispatch.error.slugline-too-long");
        }
        return errors;
    }

    static boolean validLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** Generated from the headline unless given; unique per language; frozen after first publication. */
    private String slugFor(DispatchDraft draft, Dispatch existing, Map<String, String> errors) {
        if (existing != null && existing.getFirstPublishedAt() != null) {
            return existing.getSlug();
        }
        boolean explicit = draft.slug() != null && !draft.slug().isBlank();
        String base = explicit ? draft.slug().strip() : Slugs.fromHeadline(draft.headline());
        if (explicit && !base.matches("[a-z0-9]+(-[a-z0-9]+)*") ) {
            errors.put("slug", "dispatch.error.slug-format");
            return base;
        }
        if (existing != null && !explicit) {
            return existing.getSlug();
        }
        String candidate = base;
        for (int n = 2; slugTaken(draft.language(), candidate, existing == null ? null : existing.getId()); n++) {
            if (explicit) {
                errors.put("slug", "dispatch.error.slug-taken");
                return candidate;
            }
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean sectionActive(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM section WHERE code = :c AND active")
                .param("c", code).query(Long.class).single() > 0;
    }

    /** Whether another dispatch in the language has the slug. */
    private boolean slugTaken(String language, String slug, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM dispatch WHERE language = :l AND slug = :s AND id <> :id")
                .param("l", language).param("s", slug).param("id", exceptId == null ? -1 : exceptId)
                .query(Long.class).single() > 0;
    }
}
