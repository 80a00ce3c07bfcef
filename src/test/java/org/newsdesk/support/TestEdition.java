package org.newsdesk.support;

import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.text.Dateline;
import org.newsdesk.workflow.DispatchState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Dispatches in an edition of their own (a language tag with a random variant, e.g. {@code fr-t3k9qz}),
 * so that feeds and lists hold exactly what a test made, whatever else the shared database holds.
 * {@link #cleanUp()} kills what is still published, so that the test edition leaves the navigation.
 */
public final class TestEdition {

    public final String edition = "fr-t" + UUID.randomUUID().toString().replace("-", "").substring(0, 5);
    private final Newsroom newsroom;
    private final List<Long> created = new ArrayList<>();

    TestEdition(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    public DispatchDraft draft(String headline, String section) {
        return new DispatchDraft(edition, headline, "TEST-SYND", new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                "Leyla Əliyeva", "Un chapeau d’été, très «français».", "Premier paragraphe : l’été.\n\nDeuxième paragraphe.",
                section, "OIM, migrations", 3, null);
    }

    /** The AZERTAC dispatch of the demo data, word for word, as a new dispatch in this edition. */
    public DispatchDraft azertac() {
        return new DispatchDraft(edition, Newsroom.AZERTAC_HEADLINE, "AZ-IOM-VITORINO", new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, null, Newsroom.azertacBody(), "politics", "OIM, migrations, Mouvement des non-alignés", 5, null);
    }

    public <T> T as(String username, Supplier<T> action) {
        return newsroom.as(username, action);
    }

    public DispatchService service() {
        return newsroom.service();
    }

    public DispatchDetails create(DispatchDraft draft) {
        DispatchDetails d = newsroom.create(draft);
        created.add(d.id());
        return d;
    }

    public DispatchDetails publish(DispatchDraft draft) {
        DispatchDetails d = create(draft);
        return as("editor", () -> service().publish(d.id()));
    }

    /** The public address of one of this edition's published dispatches. */
    public String path(DispatchDetails d) {
        return "/" + edition + "/" + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                .withZone(java.time.ZoneOffset.UTC).format(d.firstPublishedAt()) + "/" + d.slug();
    }

    public void cleanUp() {
        for (long id : created) {
            as("editor", () -> {
                if (service().get(id).state() == DispatchState.PUBLISHED) {
                    service().kill(id, "Test over.");
                }
                return null;
            });
        }
        created.clear();
    }
}
