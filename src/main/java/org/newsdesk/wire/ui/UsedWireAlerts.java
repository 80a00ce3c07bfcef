package org.newsdesk.wire.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.newsdesk.base.ui.SecuredPush;
import org.newsdesk.base.ui.ShellContribution;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.security.StaffPrincipal;
import org.newsdesk.wire.IncomingWires;
import org.newsdesk.wire.UsedWireUpdate;
import org.newsdesk.wire.WireItemsArrived;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whoever used an incoming item that the partner sent a newer version: a count on "Incoming
 * wires" in the menu of every newsroom page, and an alert on the pages they have open when this node's
 * poller stores it (other nodes' arrivals show in the count at the next page).
 */
@Component
class UsedWireAlerts implements ShellContribution {

    static final String ROUTE = "wires";

    private final IncomingWires wires;
    private final CurrentUser currentUser;
    private final Map<Long, Set<Runnable>> byAccount = new ConcurrentHashMap<>();

    UsedWireAlerts(IncomingWires wires, CurrentUser currentUser) {
        this.wires = wires;
        this.currentUser = currentUser;
    }

    @Override
    public Registration attach(UI ui, Badges badges) {
        StaffPrincipal user = currentUser.get().orElse(null);
        if (user == null || !(user.hasRole(Role.WRITER) || user.hasRole(Role.EDITOR))) {
            return () -> { };
        }
        badges.set(ROUTE, wires.myUpdateCount());
        Runnable listener = SecuredPush.asCurrentUser(ui, () -> {
            List<UsedWireUpdate> updates = wires.myUpdates();
            badges.set(ROUTE, updates.size());
            if (!updates.isEmpty()) {
                alert(ui, updates.getFirst());
            }
        });
        Set<Runnable> mine = byAccount.computeIfAbsent(user.accountId(), id -> ConcurrentHashMap.newKeySet());
        mine.add(listener);
        return () -> mine.remove(listener);
    }

    private static void alert(UI ui, UsedWireUpdate update) {
        var text = new Span(ui.getTranslation("wires.alert.updated", update.headline(), update.sourceName(),
                update.latestVersion(), update.usedVersion()));
        var show = new Anchor("/newsroom/" + ROUTE + "?item=" + update.itemId(), ui.getTranslation("wires.alert.show"));
        var notification = new Notification(new HorizontalLayout(text, show));
        notification.setDuration(15_000);
        notification.setPosition(Notification.Position.TOP_END);
        notification.addClassName("nd-wire-alert");
        notification.open();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void arrived(WireItemsArrived event) {
        event.toTell().forEach(account -> byAccount.getOrDefault(account, Set.of()).forEach(Runnable::run));
    }

    int listeners(long accountId) {
        return byAccount.getOrDefault(accountId, Set.of()).size();
    }
}
