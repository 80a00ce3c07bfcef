package org.newsdesk.syndication;

import org.newsdesk.dispatch.Dateline;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.workflow.DispatchState;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Drives the newsroom for the syndication tests: dispatches in an edition of their own (a language
 * tag with a random variant, e.g. {@code fr-t3k9qz}), so that feeds hold exactly what a test made,
 * whatever else the shared database holds. {@link #cleanUp()} kills what is still published, so that
 * the test editions disappear from the public site's navigation again.
 */
final class Newsdesk {

    static final String AZERTAC_HEADLINE = "Ilham Aliyev a reçu le directeur général de l’OIM";

    private final DispatchService dispatches;
    private final UserDetailsService users;
    private final List<Long> created = new ArrayList<>();
    final String edition = "fr-t" + UUID.randomUUID().toString().replace("-", "").substring(0, 5);

    Newsdesk(DispatchService dispatches, UserDetailsService users) {
        this.dispatches = dispatches;
        this.users = users;
    }

    <T> T as(String username, Supplier<T> action) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String unique(String s) {
        return s + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    DispatchDraft draft(String headline, String section) {
        return new DispatchDraft(edition, headline, "TEST-SYND", new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                "Leyla Əliyeva", "Un chapeau d’été, très «français».", "Premier paragraphe : l’été.\n\nDeuxième paragraphe.",
                section, "OIM, migrations", 3, null);
    }

    /** The AZERTAC dispatch of the demo data, word for word, as a new dispatch in this test's edition. */
    DispatchDraft azertac() {
        String text;
        try {
            text = new ClassPathResource("demo/azertac-2023-03-01-fr.txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String body = text.substring(text.indexOf('\n') + 1).strip();
        return new DispatchDraft(edition, AZERTAC_HEADLINE, "AZ-IOM-VITORINO", new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, null, body, "politics", "OIM, migrations, Mouvement des non-alignés", 5, null);
    }

    static String azertacBody() {
        try {
            String text = new ClassPathResource("demo/azertac-2023-03-01-fr.txt").getContentAsString(StandardCharsets.UTF_8);
            return text.substring(text.indexOf('\n') + 1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DispatchDetails create(DispatchDraft draft) {
        DispatchDetails d = as("editor", () -> dispatches.create(draft));
        created.add(d.id());
        return d;
    }

    DispatchDetails publish(DispatchDraft draft) {
        DispatchDetails d = create(draft);
        return as("editor", () -> dispatches.publish(d.id()));
    }

    /**
     * Moves the test clock past every change stored so far. Earlier tests may have stored changes
     * "in the future" (they moved the clock, then reset it); Last-Modified is only sent once the
     * latest change is at least a second old, so conditional-GET tests start from here.
     */
    static void passAllChanges(org.newsdesk.TestClock clock, org.newsdesk.dispatch.SyndicatedDispatches syndicated) {
        var ahead = java.time.Duration.between(clock.instant(), syndicated.lastChange());
        clock.advance((ahead.isNegative() ? java.time.Duration.ZERO : ahead).plusSeconds(5));
    }

    DispatchService service() {
        return dispatches;
    }

    void cleanUp() {
        for (long id : created) {
            as("editor", () -> {
                if (dispatches.get(id).state() == DispatchState.PUBLISHED) {
                    dispatches.kill(id, "Test over.");
                }
                return null;
            });
        }
        created.clear();
    }
}
