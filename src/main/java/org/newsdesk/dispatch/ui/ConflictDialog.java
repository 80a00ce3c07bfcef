package org.newsdesk.dispatch.ui;

import org.newsdesk.base.ui.DiffTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;

/**
 * Someone saved while this person was editing. Shows what changed between the stored version and
 * theirs, keeps their text on screen to copy, and lets them save theirs over it or continue from
 * the stored version — never discarding what they typed.
 */
class ConflictDialog extends Dialog {

    interface Resolution {
        void resolve(DispatchDetails stored, DispatchDraft mine, boolean keepMine);
    }

    final Button keepMine;
    final Button takeStored;
    final DiffTable diff;
    final TextArea mineText = new TextArea();

    ConflictDialog(DispatchService service, DispatchDetails stored, DispatchDraft mine, Resolution resolution) {
        setHeaderTitle(getTranslation("dispatch.conflict.title"));
        setWidth("min(60rem, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(new Paragraph(getTranslation("dispatch.conflict.explain")));
        diff = new DiffTable(service.diff(stored.draft(), mine), "dispatch.field.", getTranslation("dispatch.conflict.stored"),
                getTranslation("dispatch.conflict.mine"));
        add(diff);
        mineText.setLabel(getTranslation("dispatch.conflict.kept"));
        mineText.setValue(mine.headline() + "\n\n" + (mine.lead() == null ? "" : mine.lead() + "\n\n") + mine.body());
        mineText.setReadOnly(true);
        mineText.setWidthFull();
        add(mineText);
        keepMine = new Button(getTranslation("dispatch.conflict.keep-mine"), e -> {
            close();
            resolution.resolve(stored, mine, true);
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeStored = new Button(getTranslation("dispatch.conflict.take-stored"), e -> {
            close();
            resolution.resolve(stored, mine, false);
        });
        getFooter().add(takeStored, keepMine);
    }
}
