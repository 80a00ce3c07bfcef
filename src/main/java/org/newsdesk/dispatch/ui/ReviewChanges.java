package org.newsdesk.dispatch.ui;

import org.newsdesk.base.ui.DiffTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.newsdesk.dispatch.EditorState;

import java.util.Optional;

/** For reviewers: what changed since the published revision, or since the dispatch was last returned. */
class ReviewChanges extends Div {

    ReviewChanges() {
        setWidthFull();
    }

    void show(Optional<EditorState.Review> review) {
        removeAll();
        review.ifPresent(r -> {
            add(new H2(getTranslation("dispatch.review.changes", r.since())));
            add(new DiffTable(r.changes(), "dispatch.field.", getTranslation("dispatch.history.revision", r.since()),
                    getTranslation("dispatch.history.revision", r.latest())));
        });
    }
}
