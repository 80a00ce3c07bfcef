package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.workflow.DispatchState;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * The line under the headline: the state, when it goes out (the scheduled time and the "Embargoed
 * until …" badge, with relative times), then the lock, save and shortcut parts the view hands in.
 */
class EditorStatus extends com.vaadin.flow.component.orderedlayout.FlexLayout {

    final Span stateBadge = new Span();
    final Div timing = new Div();
    private final Clock clock;

    EditorStatus(Clock clock, Component... more) {
        this.clock = clock;
        stateBadge.addClassNames("nd-badge", "nd-badge--on");
        timing.addClassName("nd-timing");
        add(stateBadge, timing);
        add(more);
        addClassName("nd-editor-status");
    }

    void showNew() {
        stateBadge.setText(getTranslation("state.draft"));
        timing.removeAll();
    }

    void show(DispatchDetails d) {
        stateBadge.setText(getTranslation("state." + d.state().name().toLowerCase(Locale.ROOT)));
        timing.removeAll();
        Instant now = clock.instant();
        if (d.state() == DispatchState.SCHEDULED && d.scheduledAt() != null) {
            var scheduled = new Span(getTranslation("dispatch.scheduled-for", StaffTime.withRelative(d.scheduledAt(), now, getLocale())));
            scheduled.addClassNames("nd-badge", "nd-badge--scheduled");
            timing.add(scheduled);
        }
        var embargo = StaffTime.embargoBadge(d.embargoUntil(), now,
                getTranslation("dispatch.embargoed-until", StaffTime.withRelative(d.embargoUntil(), now, getLocale())));
        if (embargo != null) {
            timing.add(embargo);
        }
    }
}
