package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.dom.DomListenerRegistration;

import java.util.List;

/** The editor's keyboard shortcuts, and the button whose popover lists them. */
class EditorShortcuts {

    /**
     * The keys, as the browser tests them before telling the server: Ctrl+S / ⌘S, Ctrl+Enter / ⌘Enter, and
     * Alt+Shift+P, each with exactly those modifiers. Keys by position ({@code event.code}: KeyS, Enter, KeyP),
     * so they work on any keyboard layout.
     */
    static final String KEYS = "((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey"
            + " && (event.code === 'KeyS' || event.code === 'Enter'))"
            + " || (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP')";

    /** Opens the list of keyboard shortcuts. */
    final Button help = new Button();
    /** The list; built on the first click (few editors open it, and every open editor would carry it). */
    Popover popover;

    EditorShortcuts() {
        help.setIcon(VaadinIcon.KEYBOARD.create());
        help.setAriaLabel(help.getTranslation("dispatch.shortcuts"));
        help.setTooltipText(help.getTranslation("dispatch.shortcuts"));
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        help.getElement().setAttribute("aria-haspopup", "dialog");
        help.addClickListener(e -> {
            if (popover == null) {
                popover = list();
                popover.open(); // later clicks toggle it in the browser: the button is its target
            }
        });
    }

    private Popover list() {
        var list = new UnorderedList();
        for (String key : List.of("save", "submit", "preview")) {
            list.add(new ListItem(help.getTranslation("dispatch.shortcuts." + key)));
        }
        var p = new Popover();
        p.add(new H2(help.getTranslation("dispatch.shortcuts")), list);
        p.addClassName("nd-shortcuts");
        p.setTarget(help);
        return p;
    }

    /**
     * The shortcuts a desk expects, anywhere on the page while {@code view} is shown: Ctrl+S / ⌘S saves,
     * Ctrl+Enter / ⌘Enter submits, Alt+Shift+P hides the preview. One keydown listener on the page for all
     * three (Vaadin's shortcuts cost a listener and its bookkeeping each: 12 KB per open editor for five), which
     * the browser calls only for these keys and whose default (the browser's "Save page") it prevents.
     */
    static void register(Component view, Runnable save, Runnable submit, Runnable togglePreview) {
        view.addAttachListener(attached -> {
            DomListenerRegistration keys = attached.getUI().getElement().addEventListener("keydown", e -> {
                switch (e.getEventData().get("event.code").asString()) {
                    case "KeyS" -> save.run();
                    case "Enter" -> submit.run();
                    case "KeyP" -> togglePreview.run();
                    default -> { }
                }
            }).setFilter(KEYS).addEventData("event.code").addEventData("(" + KEYS + ") && event.preventDefault()");
            view.addDetachListener(detached -> {
                keys.remove();
                detached.unregisterListener();
            });
        });
    }
}
