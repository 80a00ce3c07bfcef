package org.newsdesk.staff.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.security.Role;
import org.newsdesk.staff.AccountChanges;
import org.newsdesk.staff.NewAccount;
import org.newsdesk.staff.StaffAccountSummary;
import org.newsdesk.staff.StaffAdminService;
import org.newsdesk.staff.StaffRuleException;
import org.newsdesk.staff.StaffValidationException;
import org.newsdesk.staff.TemporaryPassword;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * Create or edit an account. Errors appear beside their fields and nothing typed is lost; a new
 * account's one-time password is shown once, with a copy button.
 */
class AccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<String> language = new ComboBox<>();
    final Button save = new Button();
    Button toggleEnabled;
    Button resetPassword;

    private final StaffAdminService staff;
    private final Runnable onChange;
    private final StaffAccountSummary existing;

    private AccountDialog(StaffAdminService staff, I18nProperties i18n, StaffAccountSummary existing, boolean self,
                          Runnable onChange) {
        this.staff = staff;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(getTranslation(existing == null ? "staff.create" : "staff.edit", existing == null ? "" : existing.username()));
        setWidth("min(36rem, 100vw)");

        username.setLabel(getTranslation("staff.username"));
        username.setHelperText(getTranslation("staff.username.help"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(40);
        displayName.setLabel(getTranslation("staff.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(100);
        email.setLabel(getTranslation("staff.email"));
        roles.setLabel(getTranslation("staff.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        roles.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("staff.language"));
        language.setItems(i18n.languages());
        language.setItemLabelGenerator(tag -> org.newsdesk.base.i18n.LocaleText.nativeName(Locale.forLanguageTag(tag)));
        language.setValue(i18n.languages().getFirst());

        var form = new FormLayout(username, displayName, email, language, roles);
        form.setColspan(roles, 2);
        add(form);

        save.setText(getTranslation(existing == null ? "staff.create.submit" : "staff.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            roles.setValue(existing.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(existing.roles()));
            language.setValue(existing.preferredLanguage());
            toggleEnabled = new Button(getTranslation(existing.enabled() ? "staff.disable" : "staff.enable"),
                    e -> toggleEnabled());
            toggleEnabled.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            // The service refuses this too; the disabled button only says so early.
            toggleEnabled.setEnabled(!(self && existing.enabled()));
            resetPassword = new Button(getTranslation("staff.reset-password"), e -> resetPassword());
            getFooter().addComponentAsFirst(resetPassword);
            getFooter().addComponentAsFirst(toggleEnabled);
        }
    }

    static AccountDialog create(StaffAdminService staff, I18nProperties i18n, Runnable onChange) {
        return new AccountDialog(staff, i18n, null, false, onChange);
    }

    static AccountDialog edit(StaffAdminService staff, I18nProperties i18n, StaffAccountSummary account, boolean self,
                              Runnable onChange) {
        return new AccountDialog(staff, i18n, account, self, onChange);
    }

    void save() {
        clearErrors();
        try {
            if (existing == null) {
                TemporaryPassword temporary = staff.create(new NewAccount(username.getValue(), displayName.getValue(),
                        email.getValue(), roles.getValue(), language.getValue()));
                close();
                onChange.run();
                new TemporaryPasswordDialog(temporary, true).open();
            } else {
                staff.update(existing.id(), new AccountChanges(displayName.getValue(), email.getValue(),
                        roles.getValue(), language.getValue()));
                close();
                onChange.run();
                notify(getTranslation("staff.saved", existing.username()), false);
            }
        } catch (StaffValidationException e) {
            showErrors(e.errors());
        } catch (StaffRuleException e) {
            notify(getTranslation(e.messageKey()), true);
        }
    }

    void toggleEnabled() {
        try {
            staff.setEnabled(existing.id(), !existing.enabled());
            close();
            onChange.run();
            notify(getTranslation(existing.enabled() ? "staff.disabled-now" : "staff.enabled-now", existing.username()), false);
        } catch (StaffRuleException e) {
            notify(getTranslation(e.messageKey()), true);
        }
    }

    void resetPassword() {
        TemporaryPassword temporary = staff.resetPassword(existing.id());
        close();
        onChange.run();
        new TemporaryPasswordDialog(temporary, false).open();
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation target = switch (field) {
                case "username" -> username;
                case "displayName" -> displayName;
                case "email" -> email;
                case "roles" -> roles;
                default -> language;
            };
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {username, displayName, email, roles, language}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
