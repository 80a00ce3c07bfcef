package org.newsdesk.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.staff.MyAccountService;
import org.newsdesk.staff.PasswordPolicy;
import org.newsdesk.staff.StaffAccountSummary;
import org.newsdesk.staff.StaffValidationException;

import java.util.Locale;

/**
 * Every staff member's own account: password and profile. After a one-time password, the newsroom
 * sends its holder here until a new password is set.
 */
@Route("account")
@PermitAll
class MyAccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, MainLayout.HasViewTitle {

    final Paragraph forcedNotice = new Paragraph();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button changePassword = new Button();
    final TextField displayName = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    final Button saveProfile = new Button();
    /** Empty = the browser's zone. */
    final ComboBox<String> timeZone = new ComboBox<>();

    private final MyAccountService account;

    MyAccountView(MyAccountService account, I18nProperties i18n) {
        this.account = account;
        addClassName("nd-account");
        StaffAccountSummary me = account.me();
        add(new H1(getTranslation("account.title")));

        forcedNotice.setText(getTranslation("account.forced"));
        forcedNotice.addClassName("nd-notice");
        forcedNotice.setVisible(false);
        add(forcedNotice);

        add(new H2(getTranslation("account.password")));
        currentPassword.setLabel(getTranslation("account.current-password"));
        newPassword.setLabel(getTranslation("account.new-password"));
        newPassword.setHelperText(getTranslation("account.new-password.help", PasswordPolicy.MIN_LENGTH));
        confirmPassword.setLabel(getTranslation("account.confirm-password"));
        for (PasswordField f : new PasswordField[] {currentPassword, newPassword, confirmPassword}) {
            f.setRequiredIndicatorVisible(true);
            f.setWidthFull();
        }
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        newPassword.getElement().setAttribute("autocomplete", "new-password");
        confirmPassword.getElement().setAttribute("autocomplete", "new-password");
        changePassword.setText(getTranslation("account.change-password"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        var passwordForm = new FormLayout(currentPassword, newPassword, confirmPassword);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        passwordForm.addClassName("nd-form");
        add(passwordForm, changePassword);

        add(new H2(getTranslation("account.profile")));
        displayName.setLabel(getTranslation("staff.display-name"));
        displayName.setValue(me.displayName());
        displayName.setMaxLength(100);
        language.setLabel(getTranslation("staff.language"));
        language.setItems(i18n.languages());
        language.setItemLabelGenerator(tag -> org.newsdesk.base.i18n.LocaleText.nativeName(Locale.forLanguageTag(tag)));
        language.setValue(me.preferredLanguage());
        saveProfile.setText(getTranslation("account.save-profile"));
        saveProfile.addClickListener(e -> saveProfile());
        timeZone.setLabel(getTranslation("account.time-zone"));
        timeZone.setItems(java.time.ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC")).sorted().toList());
        timeZone.setClearButtonVisible(true);
        timeZone.setPlaceholder(getTranslation("account.time-zone.browser"));
        timeZone.setHelperText(getTranslation("account.time-zone.help"));
        timeZone.setValue(account.timeZone());
        var profileForm = new FormLayout(displayName, language, timeZone);
        profileForm.addClassName("nd-form");
        add(profileForm, saveProfile);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forcedNotice.setVisible(account.mustChangePassword());
    }

    void changePassword() {
        for (PasswordField f : new PasswordField[] {currentPassword, newPassword, confirmPassword}) {
            f.setInvalid(false);
        }
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setErrorMessage(getTranslation("account.error.mismatch"));
            confirmPassword.setInvalid(true);
            return;
        }
        boolean wasForced = account.mustChangePassword();
        try {
            account.changePassword(currentPassword.getValue(), newPassword.getValue());
        } catch (StaffValidationException e) {
            e.errors().forEach((field, key) -> {
                PasswordField target = "currentPassword".equals(field) ? currentPassword : newPassword;
                target.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
                target.setInvalid(true);
            });
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        confirmPassword.clear();
        forcedNotice.setVisible(false);
        Notification.show(getTranslation("account.password-changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (wasForced) {
            UI.getCurrent().navigate("");
        }
    }

    void saveProfile() {
        displayName.setInvalid(false);
        try {
            account.updateProfile(displayName.getValue(), language.getValue());
            account.changeTimeZone(timeZone.getValue());
            org.newsdesk.base.ui.StaffTime.setZone(UI.getCurrent().getSession(),
                    timeZone.getValue() == null || timeZone.getValue().isBlank() ? null : java.time.ZoneId.of(timeZone.getValue()));
            Locale chosen = Locale.forLanguageTag(language.getValue());
            if (!chosen.equals(getLocale())) {
                // The page was rendered in the old language: show it again in the new one.
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(chosen);
                ui.setLocale(chosen);
                ui.getPage().reload();
                return;
            }
            Notification.show(getTranslation("account.profile-saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (StaffValidationException e) {
            e.errors().forEach((field, key) -> {
                if ("displayName".equals(field)) {
                    displayName.setErrorMessage(getTranslation(key));
                    displayName.setInvalid(true);
                } else if ("timeZone".equals(field)) {
                    timeZone.setErrorMessage(getTranslation(key));
                    timeZone.setInvalid(true);
                } else {
                    language.setErrorMessage(getTranslation(key));
                    language.setInvalid(true);
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("account.title");
    }
}
