package org.newsdesk.dispatch;

import org.newsdesk.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.text.Dateline;

/**
 * Demo content for dev (and the tests): the real AZERTAC dispatch of 1 March 2023 in French, as the
 * agency published it, plus an English dispatch and a draft. Loaded once; a second start finds it.
 */
@Component
@ConditionalOnBooleanProperty("newsdesk.demo-data")
class DemoDispatches implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDispatches.class);
    static final String AZERTAC_RESOURCE = "demo/azertac-2023-03-01-fr.txt";
    static final String AZERTAC_HEADLINE = "Ilham Aliyev a reçu le directeur général de l’OIM";

    private final DispatchRepository dispatches;
    private final DispatchRevisions revisions;
    private final StaffAccounts staff;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final List<Long> stored = new ArrayList<>();

    DemoDispatches(DispatchRepository dispatches, DispatchRevisions revisions, StaffAccounts staff,
                   ApplicationEventPublisher events, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.dispatches = dispatches;
        this.revisions = revisions;
        this.staff = staff;
        this.events = events;
    }

    /** Saves the dispatch as revision 1, published at {@code published} unless null. */
    private void store(Dispatch d, DispatchDraft draft, long writer, Instant at, Instant published) {
        d.apply(draft, d.getSlug(), at);
        if (published != null) {
            d.markPublished(published);
        }
        dispatches.saveAndFlush(d);
        revisions.store(d, writer, at);
        stored.add(d.getId());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long writer = staff.idOf("writer").orElseThrow(() -> new IllegalStateException("demo account 'writer' missing"));
        int created = 0;
        created += azertac(writer);
        created += english(writer);
        created += draft(writer);
        linkTranslations();
        // Told once they are linked, so that the public side sees them as one story.
        stored.forEach(id -> events.publishEvent(new DispatchChanged(id)));
        stored.clear();
        if (created > 0) {
            log.info("Loaded {} demo dispatches (including the AZERTAC dispatch of 1 March 2023)", created);
        }
    }

    private int azertac(long writer) {
        String slug = Slugs.fromHeadline(AZERTAC_HEADLINE);
        if (dispatches.findByLanguageAndSlug("fr", slug).isPresent()) {
            return 0;
        }
        String text = readFixture();
        // First line: the dateline as printed ("Bakou, 1er mars, AZERTAC"); then the body paragraphs.
        int firstBreak = text.indexOf('\n');
        String body = text.substring(firstBreak + 1).strip();
        Instant published = Instant.parse("2023-03-01T09:30:00Z");
        Dispatch d = new Dispatch("fr", slug, AZERTAC_HEADLINE, body, writer, published);
        store(d, new DispatchDraft("fr", AZERTAC_HEADLINE, "AZ-IOM-VITORINO", new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, null, body, "politics", "OIM, migrations, Mouvement des non-alignés", 5, slug), writer, published, published);
        return 1;
    }

    /** The English dispatch is the AZERTAC story's translation: one translation set, the French one its source. */
    private void linkTranslations() {
        jdbc.sql("""
                INSERT IGNORE INTO dispatch_translation (dispatch_id, translation_set, source_id, source_revision, created_at)
                SELECT d.id, fr.id, CASE WHEN d.id = fr.id THEN NULL ELSE fr.id END, CASE WHEN d.id = fr.id THEN NULL ELSE 1 END,
                       UTC_TIMESTAMP(6)
                FROM dispatch fr JOIN dispatch d ON d.slug IN ('ilham-aliyev-a-recu-le-directeur-general-de-loim',
                                                              'ilham-aliyev-receives-iom-director-general')
                WHERE fr.language = 'fr' AND fr.slug = 'ilham-aliyev-a-recu-le-directeur-general-de-loim'
                  AND d.language IN ('fr', 'en')""").update();
    }

    private int english(long writer) {
        String headline = "Ilham Aliyev receives IOM Director General";
        String slug = Slugs.fromHeadline(headline);
        if (dispatches.findByLanguageAndSlug("en", slug).isPresent()) {
            return 0;
        }
        Instant published = Instant.parse("2023-03-01T10:15:00Z");
        String body = """
                President Ilham Aliyev received Director General of the International Organization for Migration \
                (IOM) António Vitorino on March 1.

                The sides discussed the Non-Aligned Movement Contact Group summit on COVID-19, the Great Return \
                programme to the liberated territories, and a planned IOM regional training centre in Azerbaijan.""";
        Dispatch d = new Dispatch("en", slug, headline, body, writer, published);
        store(d, new DispatchDraft("en", headline, "AZ-IOM-VITORINO", new Dateline("Baku", LocalDate.of(2023, 3, 1)), null,
                "The President and the IOM Director General discussed migration and cooperation.", body, "politics",
                null, 5, slug), writer, published, published);
        return 1;
    }

    private int draft(long writer) {
        String headline = "Caspian energy forum opens in Baku";
        String slug = Slugs.fromHeadline(headline);
        if (dispatches.findByLanguageAndSlug("en", slug).isPresent()) {
            return 0;
        }
        String body = "Draft: delegations from 30 countries are expected.";
        Instant at = Instant.parse("2023-03-02T08:00:00Z");
        Dispatch d = new Dispatch("en", slug, headline, body, writer, at);
        store(d, new DispatchDraft("en", headline, null, new Dateline("Baku", LocalDate.of(2023, 3, 2)), null, null, body,
                "economy", null, 5, slug), writer, at, null);
        return 1;
    }

    static String readFixture() {
        try {
            return new ClassPathResource(AZERTAC_RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
