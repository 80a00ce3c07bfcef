package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.dispatch.DispatchDraft;

/**
 * What the user typed, kept beside the form when the form has to show something else (a conflict
 * resolved in favour of the stored text, a lock lost): nothing typed is ever thrown away.
 */
class KeptText extends Div {

    /** Built when first needed: most editors never keep anything, and each open editor would carry it. */
    TextArea text;

    KeptText() {
        addClassName("nd-notice");
        setWidthFull();
        setVisible(false);
    }

    void keep(DispatchDraft typed) {
        if (text == null) {
            text = new TextArea();
            text.setLabel(getTranslation("dispatch.conflict.kept"));
            text.setReadOnly(true);
            text.setWidthFull();
            add(text, new Button(getTranslation("dispatch.conflict.dismiss"), e -> setVisible(false)));
        }
        text.setValue(EditorForm.asText(typed));
        setVisible(true);
    }
}
