package org.newsdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * What a feature adds to the newsroom shell on every page, for the logged-in staff member: a count on
 * its menu entry, alerts while the page is open. The shell knows no feature; features are Spring beans
 * implementing this (so {@code base} depends on none of them).
 */
public interface ShellContribution {

    /** Called when the shell attaches in a UI (as its user); the returned registration is removed at detach. */
    Registration attach(UI ui, Badges badges);

    /** The counts shown on menu entries. */
    interface Badges {

        /** Shows {@code count} on the menu entry of {@code route} (a route path such as "wires"); 0 hides it. */
        void set(String route, int count);
    }
}
