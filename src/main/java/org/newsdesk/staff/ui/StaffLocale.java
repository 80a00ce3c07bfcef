package org.newsdesk.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The newsroom speaks the logged-in staff member's preferred language: every UI (page load) of an
 * authenticated session takes the language stored on the account. The session's principal carries
 * it, and is refreshed when it changes (shell menu or "My account"), so no query is needed here.
 * Before login (the login page) Vaadin picks the browser's language among the offered ones.
 */
@Component
class StaffLocale implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final I18nProperties i18n;
    private final org.newsdesk.staff.MyAccountService account;

    StaffLocale(CurrentUser currentUser, I18nProperties i18n, org.newsdesk.staff.MyAccountService account) {
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI()));
        // <html lang> names the staff member's interface language, not the browser's (screen readers,
        // hyphenation, spell-checking): the page is served with it, and a switch reloads the page.
        event.addIndexHtmlRequestListener(response -> language().ifPresent(tag ->
                response.getDocument().getElementsByTag("html").attr("lang", tag)));
    }

    java.util.Optional<String> language() {
        return currentUser.get().map(p -> p.preferredLanguage()).filter(i18n.languages()::contains);
    }

    void apply(UI ui) {
        currentUser.get().map(p -> p.preferredLanguage()).filter(i18n.languages()::contains)
                .map(Locale::forLanguageTag).ifPresent(ui::setLocale);
        // The zone chosen in the profile, if any; otherwise StaffTime follows the browser's.
        if (currentUser.get().isPresent() && ui.getSession() != null) {
            String zone = account.timeZone();
            org.newsdesk.base.ui.StaffTime.setZone(ui.getSession(), zone == null ? null : java.time.ZoneId.of(zone));
        }
    }
}
