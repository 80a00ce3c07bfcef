package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;

import java.util.List;

/** The editor's keyboard shortcuts, and the button whose popover lists them. */
class EditorShortcuts {

    /** Opens the list of keyboard shortcuts. */
    final Button help = new Button();
    final Popover popover = new Popover();

    EditorShortcuts() {
        help.setIcon(VaadinIcon.KEYBOARD.create());
        help.setAriaLabel(help.getTranslation("dispatch.shortcuts"));
        help.setTooltipText(help.getTranslation("dispatch.shortcuts"));
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        var list = new UnorderedList();
        for (String key : List.of("save", "submit", "preview")) {
            list.add(new ListItem(help.getTranslation("dispatch.shortcuts." + key)));
        }
        popover.add(new H2(help.getTranslation("dispatch.shortcuts")), list);
        popover.setTarget(help);
        popover.addClassName("nd-shortcuts");
    }

    /**
     * The shortcuts a desk expects: Ctrl+S / ⌘S saves, Ctrl+Enter / ⌘Enter submits, Alt+Shift+P hides
     * the preview. Keys by position (KeyS, Enter, KeyP), so they work on any keyboard layout.
     */
    static void register(Component view, Runnable save, Runnable submit, Runnable togglePreview) {
        for (var modifier : List.of(KeyModifier.CONTROL, KeyModifier.META)) {
            Shortcuts.addShortcutListener(view, save::run, Key.KEY_S, modifier);
            Shortcuts.addShortcutListener(view, submit::run, Key.ENTER, modifier);
        }
        Shortcuts.addShortcutListener(view, togglePreview::run, Key.KEY_P, KeyModifier.ALT, KeyModifier.SHIFT);
    }
}
