package org.newsdesk.support;

import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.text.Dateline;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Dispatches made and published through the real workflow, as the demo editor. */
@Component
public class Newsroom {

    public static final String AZERTAC_HEADLINE = "Ilham Aliyev a reçu le directeur général de l’OIM";

    private final DispatchService dispatches;
    private final RunAs runAs;

    Newsroom(DispatchService dispatches, RunAs runAs) {
        this.dispatches = dispatches;
        this.runAs = runAs;
    }

    /** A complete dispatch in the economy section, filed in Baku. */
    public static DispatchDraft draft(String language, String headline, String body) {
        return draft(language, headline, body, 5);
    }

    /** The same with an urgency (1, a flash, tops the review queue). */
    public static DispatchDraft draft(String language, String headline, String body, int urgency) {
        return new DispatchDraft(language, headline, "SITE", new Dateline("Baku", LocalDate.of(2026, 11, 27)), "Test Desk",
                "A lead paragraph.", body, "economy", "site, test", urgency, null);
    }

    /** The AZERTAC dispatch's body (the demo fixture without its printed dateline), word for word. */
    public static String azertacBody() {
        try {
            String text = new ClassPathResource("demo/azertac-2023-03-01-fr.txt").getContentAsString(StandardCharsets.UTF_8);
            return text.substring(text.indexOf('\n') + 1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T as(String username, Supplier<T> action) {
        return runAs.as(username, action);
    }

    public DispatchService service() {
        return dispatches;
    }

    public DispatchDetails create(DispatchDraft draft) {
        return as("editor", () -> dispatches.create(draft));
    }

    public DispatchDetails publish(DispatchDraft draft) {
        var created = create(draft);
        return as("editor", () -> dispatches.publish(created.id()));
    }

    public DispatchDetails get(long id) {
        return as("editor", () -> dispatches.get(id));
    }

    /** An edition of the test's own (see {@link TestEdition}). */
    public TestEdition newEdition() {
        return new TestEdition(this);
    }
}
