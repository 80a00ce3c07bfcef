package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.Component;
import org.newsdesk.dispatch.DispatchDetails;

/**
 * A part of the dispatch editor contributed by another feature (the pictures panel), so that this
 * package needs to know nothing of it. Beans of this type must be prototype-scoped components: each
 * editor gets its own.
 */
public interface EditorPart {

    /** Called whenever the editor shows a dispatch, with whether this person may change it now (holds the lock). */
    void show(DispatchDetails dispatch, boolean editable);

    default Component asComponent() {
        return (Component) this;
    }
}
