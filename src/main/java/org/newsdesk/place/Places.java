package org.newsdesk.place;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.base.i18n.LocaleText;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Roles;
import org.newsdesk.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The managed list of places datelines name. A dateline place is stored as text in the dispatch's
 * language; when the text is the name of a listed place in any language, the dateline uses the
 * place's name in the dispatch's language ("Baku" in a French dispatch is "Bakou"). Other text stays
 * as typed: a reporter may file from anywhere.
 */
@Service
@Transactional(readOnly = true)
public class Places {

    /** The languages a place is named in: the agency's languages. English is required. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "az", "ru");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Places(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every place, in no particular order. */
    public List<Place> all() {
        Map<Long, String> codes = new LinkedHashMap<>();
        Map<Long, Map<String, String>> names = new TreeMap<>();
        jdbc.sql("SELECT p.id, p.code, n.language, n.name FROM place p LEFT JOIN place_name n ON n.place_id = p.id")
                .query(rs -> {
                    long id = rs.getLong("id");
                    codes.put(id, rs.getString("code"));
                    var perLanguage = names.computeIfAbsent(id, k -> new LinkedHashMap<>());
                    if (rs.getString("language") != null) {
                        perLanguage.put(rs.getString("language"), rs.getString("name"));
                    }
                });
        List<Place> places = new ArrayList<>();
        codes.forEach((id, code) -> places.add(new Place(id, code, names.getOrDefault(id, Map.of()))));
        return places;
    }

    /** The places' names in one language, sorted by that language's alphabet: for the dateline place list. */
    public List<String> namesIn(String language) {
        return all().stream().map(p -> p.nameIn(language)).distinct()
                .sorted(LocaleText.collator(LocaleText.locale(language))).toList();
    }

    /** The listed place this text names, in any language, ignoring case by each language's rules. */
    public Optional<Place> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return all().stream().filter(p -> p.names().entrySet().stream()
                        .anyMatch(n -> LocaleText.equalsIgnoreCase(n.getValue(), wanted, LocaleText.locale(n.getKey()))))
                .findFirst();
    }

    /** The dateline place as the language writes it: a listed place's name in it, or the text as typed. */
    public String localize(String text, String language) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return find(text).map(p -> p.nameIn(language)).orElse(text.strip());
    }

    /** Adds a place (editors and administrators). Names are per language tag; English is required. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "', '" + Roles.ADMIN + "')")
    public Place add(Map<String, String> names) {
        Map<String, String> clean = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String name = names.get(language);
            if (name != null && !name.isBlank()) {
                if (name.strip().length() > 100) {
                    errors.put(language, "place.error.too-long");
                } else {
                    clean.put(language, name.strip());
                }
            }
        }
        if (!clean.containsKey("en")) {
            errors.putIfAbsent("en", "place.error.english-required");
        }
        List<Place> existing = all();
        clean.forEach((language, name) -> {
            // Any listed name, in any language: a dateline place must name one place only.
            boolean taken = existing.stream().anyMatch(p -> p.names().values().stream()
                    .anyMatch(n -> LocaleText.equalsIgnoreCase(n, name, LocaleText.locale(language))));
            if (taken) {
                errors.putIfAbsent(language, "place.error.exists");
            }
        });
        if (!errors.isEmpty()) {
            throw new PlaceValidationException(errors);
        }
        String code = uniqueCode(code(clean.get("en")), existing);
        jdbc.sql("INSERT INTO place (code, created_at) VALUES (:code, :now)")
                .param("code", code).param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC).toLocalDateTime())
                .update();
        long id = jdbc.sql("SELECT id FROM place WHERE code = :code").param("code", code).query(Long.class).single();
        clean.forEach((language, name) -> jdbc.sql("INSERT INTO place_name (place_id, language, name) VALUES (:id, :l, :n)")
                .param("id", id).param("l", language).param("n", name).update());
        StaffPrincipal me = currentUser.require();
        audit.record(AuditEvent.of(me.accountId(), me.getUsername(), "PLACE_ADDED", "PLACE", id, clean.get("en"),
                String.join(" · ", clean.values())));
        return new Place(id, code, clean);
    }

    /** Places sorted by their name in a language, by that language's alphabet. */
    public static Comparator<Place> byNameIn(String language) {
        Comparator<String> collator = LocaleText.collator(LocaleText.locale(language));
        return Comparator.comparing(p -> p.nameIn(language), collator);
    }

    static String code(String englishName) {
        String ascii = Normalizer.normalize(englishName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return code.isEmpty() ? "place" : code.length() > 50 ? code.substring(0, 50) : code;
    }

    private static String uniqueCode(String code, List<Place> existing) {
        String candidate = code;
        for (int n = 2; inUse(candidate, existing); n++) {
            candidate = code + "-" + n;
        }
        return candidate;
    }

    private static boolean inUse(String code, List<Place> existing) {
        return existing.stream().anyMatch(p -> p.code().equals(code));
    }
}
