package org.newsdesk.base.ui;

import com.vaadin.flow.component.UI;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work for a view that runs later, outside any request (server push, timers): it runs through
 * {@link UI#access} as the staff member who is here now, since service-level security checks need
 * their security context and other threads do not carry it.
 */
public final class SecuredPush {

    private SecuredPush() {
    }

    /** Captures the current user's security context now; the returned task runs the action in the UI with it. */
    public static Runnable asCurrentUser(UI ui, Runnable action) {
        var run = forCurrentUser(ui);
        return () -> run.accept(action);
    }

    /** The same for actions only known later: each one given runs in the UI with the context captured now. */
    public static java.util.function.Consumer<Runnable> forCurrentUser(UI ui) {
        SecurityContext context = SecurityContextHolder.getContext();
        return action -> ui.access(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                action.run();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        });
    }
}
