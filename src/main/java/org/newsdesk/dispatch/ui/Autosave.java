package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.base.ui.SecuredPush;
import org.newsdesk.base.ui.StaffTime;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Autosave a few seconds after the last keystroke, and the line that says so ("Saved at 10:42").
 * Knows whether the form holds unsaved text; the save itself is the view's.
 */
class Autosave {

    /** Autosave this long after the last change. */
    static final long AUTOSAVE_MILLIS = 2500;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsroom-autosave");
        t.setDaemon(true);
        return t;
    });

    final Span status = new Span();
    private final Runnable save;
    private final Supplier<Locale> locale;
    private ScheduledFuture<?> pending;
    private boolean dirty;

    /** @param save saves quietly, through server push as this user */
    Autosave(Runnable save, Supplier<Locale> locale) {
        this.save = save;
        this.locale = locale;
        status.addClassName("nd-save-status");
    }

    boolean dirty() {
        return dirty;
    }

    /** The user typed: save in a moment (only an existing dispatch autosaves). */
    void changed(boolean exists) {
        dirty = true;
        status.setText(status.getTranslation("dispatch.autosave.pending"));
        if (!exists) {
            return;
        }
        cancel();
        pending = TIMER.schedule(SecuredPush.asCurrentUser(UI.getCurrent(), save), AUTOSAVE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The form holds text the server does not have (a conflict kept the user's version). */
    void markDirty() {
        dirty = true;
    }

    /** The form shows what is stored. */
    void clear() {
        dirty = false;
        status.setText("");
    }

    void saved(Instant at) {
        dirty = false;
        status.setText(status.getTranslation("dispatch.autosave.saved", StaffTime.time(at, locale.get())));
    }

    void invalid() {
        status.setText(status.getTranslation("dispatch.autosave.invalid"));
    }

    void cancel() {
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
