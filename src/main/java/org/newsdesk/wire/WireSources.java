package org.newsdesk.wire;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Roles;
import org.newsdesk.security.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Partner wires, administered by administrators; every change is in the audit trail. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class WireSources {

    public static final int NAME_MAX = 100;
    public static final int URL_MAX = 2000;
    public static final int TOKEN_MAX = 500;
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    public static final Duration MAX_INTERVAL = Duration.ofHours(24);

    private final WireStore store;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    WireSources(WireStore store, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WireSource> list() {
        return store.sources();
    }

    @Transactional
    public WireSource create(WireSourceForm form) {
        StaffPrincipal me = currentUser.require();
        String name = validate(form, null);
        String token = blankToNull(form.bearerToken());
        long id = store.insertSource(name, form.url().strip(), form.kind(), form.pollInterval(), token, clock.instant());
        audit.record(AuditEvent.of(me.accountId(), me.getUsername(), "WIRE_SOURCE_CREATED", "WIRE_SOURCE", id, name,
                form.kind() + " " + form.url().strip()));
        return store.source(id).orElseThrow();
    }

    /** Saves the source; a blank token keeps the stored one unless {@code clearToken}. Polled again at once. */
    @Transactional
    public WireSource update(long id, WireSourceForm form) {
        StaffPrincipal me = currentUser.require();
        store.source(id).orElseThrow(() -> new WireException("wire.error.source-not-found"));
        String name = validate(form, id);
        String token = blankToNull(form.bearerToken());
        store.updateSource(id, name, form.url().strip(), form.kind(), form.pollInterval(), token,
                token == null && !form.clearToken(), clock.instant());
        audit.record(AuditEvent.of(me.accountId(), me.getUsername(), "WIRE_SOURCE_CHANGED", "WIRE_SOURCE", id, name,
                form.kind() + " " + form.url().strip()));
        return store.source(id).orElseThrow();
    }

    /** Removes the source and its incoming items (drafts already made from them stay). */
    @Transactional
    public void delete(long id) {
        StaffPrincipal me = currentUser.require();
        WireSource s = store.source(id).orElseThrow(() -> new WireException("wire.error.source-not-found"));
        store.deleteSource(id);
        audit.record(AuditEvent.of(me.accountId(), me.getUsername(), "WIRE_SOURCE_DELETED", "WIRE_SOURCE", id, s.name(), null));
    }

    /** Polls the source at the next tick, back-off or not. */
    @Transactional
    public void pollSoon(long id) {
        store.source(id).orElseThrow(() -> new WireException("wire.error.source-not-found"));
        store.pollSoon(id, clock.instant());
    }

    private String validate(WireSourceForm f, Long id) {
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            throw new WireException("wire.error.name-required");
        }
        if (name.length() > NAME_MAX) {
            throw new WireException("wire.error.name-too-long");
        }
        if (store.nameTaken(name, id)) {
            throw new WireException("wire.error.name-taken");
        }
        if (!validUrl(f.url())) {
            throw new WireException("wire.error.url");
        }
        if (f.kind() == null) {
            throw new WireException("wire.error.kind-required");
        }
        if (f.pollInterval() == null || f.pollInterval().compareTo(MIN_INTERVAL) < 0 || f.pollInterval().compareTo(MAX_INTERVAL) > 0) {
            throw new WireException("wire.error.interval");
        }
        if (f.bearerToken() != null && (f.bearerToken().strip().length() > TOKEN_MAX || f.bearerToken().strip().matches(".*\\s.*"))) {
            throw new WireException("wire.error.token");
        }
        return name;
    }

    static boolean validUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > URL_MAX) {
            return false;
        }
        try {
            URI u = new URI(url.strip());
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
