package org.newsdesk.wire;

import org.newsdesk.base.i18n.Messages;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Roles;
import org.newsdesk.text.Dateline;
import org.newsdesk.text.TextDiff;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * Incoming items for the desk (writers and editors). Nothing here is public: a partner's copy reaches
 * readers only as a dispatch someone made from it ("Use") and published through the workflow.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.WRITER + "', '" + Roles.EDITOR + "')")
public class IncomingWires {

    public static final int PAGE = 200;

    private final WireStore store;
    private final DispatchService dispatches;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    IncomingWires(WireStore store, DispatchService dispatches, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.store = store;
        this.dispatches = dispatches;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** The latest items first (by when they last changed here, not by the partner's clock). */
    @Transactional(readOnly = true)
    public List<WireItem> list(WireFilter filter) {
        return store.items(filter == null ? WireFilter.none() : filter, PAGE);
    }

    @Transactional(readOnly = true)
    public WireItem get(long id) {
        return store.item(id).orElseThrow(() -> new WireException("wire.error.item-not-found"));
    }

    /** The sources, for the filter (names only: no health, no URL). */
    @Transactional(readOnly = true)
    public List<SourceName> sources() {
        return store.sources().stream().map(s -> new SourceName(s.id(), s.name())).toList();
    }

    public record SourceName(long id, String name) {
    }

    /**
     * Makes a draft dispatch of the item's latest version: the partner credited in the byline
     * ("with …"), the text as Markdown, the dateline's place, and a newsroom comment linking back to
     * the original. Using an item again (say after an update) makes another draft.
     */
    @Transactional
    public DispatchDetails use(long id) {
        WireItem item = get(id);
        if (item.canceled()) {
            throw new WireException("wire.error.canceled");
        }
        String language = language(item.language());
        Messages m = new Messages(messages, Locale.forLanguageTag(language));
        String partner = item.credit() != null ? item.credit() : item.sourceName();
        String with = m.get("wire.credit.with", partner);
        String byline = item.byline() != null && !item.byline().equalsIgnoreCase(partner) ? item.byline() + ", " + with : with;
        String body = item.body() != null ? item.body() : item.lead() != null ? item.lead() : item.headline();
        Instant created = item.itemCreatedAt() != null ? item.itemCreatedAt() : clock.instant();
        String place = item.located() != null ? item.located() : placeOf(item.dateline());
        Dateline dateline = place == null ? null : new Dateline(place, LocalDate.ofInstant(created, ZoneOffset.UTC));
        String headline = item.headline().length() > DispatchDraft.HEADLINE_MAX
                ? item.headline().substring(0, DispatchDraft.HEADLINE_MAX) : item.headline();
        var draft = new DispatchDraft(language, headline, null, dateline, byline, item.lead(),
                body.length() > DispatchDraft.BODY_MAX ? body.substring(0, DispatchDraft.BODY_MAX) : body,
                null, null, item.urgency() == null ? 5 : item.urgency(), null);
        DispatchDetails created1 = dispatches.create(draft);
        dispatches.addComment(created1.id(), m.get("wire.used-comment", partner, item.version(),
                item.link() != null ? item.link() : item.guid()));
        store.markUsed(id, created1.id(), item.version(), currentUser.require().accountId(), clock.instant());
        return created1;
    }

    /** The items the current user used that changed since they last looked (newest change first). */
    @Transactional(readOnly = true)
    public List<UsedWireUpdate> myUpdates() {
        return store.updatesFor(currentUser.require().accountId());
    }

    /** How many items the current user used have changed since they last looked (the menu's badge). */
    @Transactional(readOnly = true)
    public int myUpdateCount() {
        return store.updateCountFor(currentUser.require().accountId());
    }

    /**
     * What changed in the item since the current user used it: the version they made their draft from
     * against the latest, field by field. Empty when they never used it.
     */
    @Transactional(readOnly = true)
    public Optional<ChangesSinceUse> changesSinceMyUse(long itemId) {
        return store.lastUse(itemId, currentUser.require().accountId()).map(use -> {
            var used = store.versionText(itemId, use.usedVersion());
            var latest = store.versionText(itemId, use.latestVersion());
            if (used.isEmpty() || latest.isEmpty() || use.usedVersion() == use.latestVersion()) {
                return new ChangesSinceUse(use, List.of(), used.isPresent());
            }
            WireVersionText a = used.get();
            WireVersionText b = latest.get();
            List<TextDiff.Row> rows = new ArrayList<>();
            rows.addAll(TextDiff.field("headline", a.headline(), b.headline()));
            rows.addAll(TextDiff.field("dateline", a.dateline(), b.dateline()));
            rows.addAll(TextDiff.field("byline", a.byline(), b.byline()));
            rows.addAll(TextDiff.field("lead", a.lead(), b.lead()));
            rows.addAll(TextDiff.field("body", a.body(), b.body()));
            return new ChangesSinceUse(use, rows, true);
        });
    }

    /**
     * @param rows          the differences, field by field ({@code TextDiff.Row#field()}: headline, dateline, byline, lead, body)
     * @param usedTextKept  false for a use from before versions were kept: only the latest text is known
     */
    public record ChangesSinceUse(UsedWireUpdate use, List<TextDiff.Row> rows, boolean usedTextKept) {
    }

    /** The current user has seen the item as it is now; they are told again only of a newer version. */
    @Transactional
    public void seen(long itemId) {
        store.seen(itemId, currentUser.require().accountId());
    }

    /** "Bakou, 1er mars" → "Bakou": the place is what comes before the first comma. */
    static String placeOf(String dateline) {
        if (dateline == null || dateline.isBlank()) {
            return null;
        }
        int comma = dateline.indexOf(',');
        String place = (comma > 0 ? dateline.substring(0, comma) : dateline).strip();
        return place.isEmpty() || place.length() > 100 ? null : place;
    }

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en";
        }
        Locale l = Locale.forLanguageTag(tag.strip());
        return l.getLanguage().isEmpty() ? "en" : l.getLanguage();
    }
}
