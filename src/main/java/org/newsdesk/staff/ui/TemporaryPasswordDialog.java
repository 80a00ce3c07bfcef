package org.newsdesk.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.newsdesk.staff.TemporaryPassword;

/** Shows a one-time password once. It is not stored in clear anywhere, so it cannot be shown again. */
class TemporaryPasswordDialog extends Dialog {

    final TextField password = new TextField();

    TemporaryPasswordDialog(TemporaryPassword temporary, boolean newAccount) {
        setHeaderTitle(getTranslation(newAccount ? "staff.temporary.created" : "staff.temporary.reset", temporary.username()));
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation("staff.temporary.explain")));
        password.setLabel(getTranslation("staff.temporary.label"));
        password.setValue(temporary.password());
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("nd-temporary-password");
        var copy = new Button(getTranslation("staff.temporary.copy"), VaadinIcon.COPY.create(),
                e -> getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : null",
                        temporary.password()));
        password.setSuffixComponent(copy);
        add(password);
        var done = new Button(getTranslation("staff.temporary.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
