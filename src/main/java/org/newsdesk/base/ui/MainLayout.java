package org.newsdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.base.i18n.LanguagePreference;
import org.newsdesk.base.i18n.LocaleText;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.StaffPrincipal;

import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The newsroom shell: navigation (only the views the user may open), who is logged in with which
 * roles, logout, and a link to the public site. The drawer collapses on narrow screens.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, LocaleChangeObserver {

    private final Span viewTitle = new Span();

    /** The interface language, switchable from every newsroom page; the choice is stored on the account. */
    Select<Locale> language;

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final I18nProperties i18n;
    private final LanguagePreference languagePreference;
    private final List<ShellContribution> contributions;
    private final List<Component> chrome = new ArrayList<>();
    private final Map<String, SideNavItem> navItems = new HashMap<>();
    private final Map<String, Integer> badgeCounts = new HashMap<>();
    private final List<Registration> attached = new ArrayList<>();
    private Locale builtFor;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, I18nProperties i18n,
               LanguagePreference languagePreference, ObjectProvider<ShellContribution> contributions) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.i18n = i18n;
        this.languagePreference = languagePreference;
        this.contributions = contributions.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("nd-view-title");
        build();
    }

    /** Builds the shell's chrome in the UI's language (again when the language changes). */
    private void build() {
        StaffPrincipal user = currentUser.require();
        chrome.forEach(this::remove);
        chrome.clear();
        builtFor = getLocale();

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        addToNavbar(true, toggle, viewTitle);

        var brand = new Anchor("/newsroom/", getTranslation("app.name"));
        brand.addClassName("nd-brand");

        // A plain link: the public site is outside Vaadin's routes.
        var site = new Anchor("/", getTranslation("nav.public-site"));
        site.addClassName("nd-site-link");

        language = new Select<>();
        language.setAriaLabel(getTranslation("nav.language"));
        language.setItems(i18n.locales());
        language.setItemLabelGenerator(LocaleText::nativeName);
        language.setValue(i18n.locales().contains(getLocale()) ? getLocale() : i18n.defaultLocale());
        language.addClassName("nd-language");
        language.addThemeVariants(SelectVariant.LUMO_SMALL);
        language.addValueChangeListener(e -> switchLanguage(e.getValue()));

        var scroller = new Scroller(new Div(createNav(), site));
        var userBox = createUserBox(user, authentication);
        addToDrawer(brand, scroller, userBox);
        chrome.addAll(List.of(toggle, viewTitle, brand, scroller, userBox));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!event.getLocale().equals(builtFor)) {
            build();
            afterNavigation(null);
        }
    }

    private SideNav createNav() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        navItems.clear();
        // Menu titles are message keys; MenuConfiguration already leaves out views the user may not open.
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            nav.addItem(item);
            navItems.put(route(entry.path()), item);
        });
        badgeCounts.forEach(this::badge);
        return nav;
    }

    /** Shows a count on a menu entry (0 hides it): features' news for this user, e.g. wires they used that changed. */
    public void badge(String route, int count) {
        badgeCounts.put(route(route), count);
        SideNavItem item = navItems.get(route(route));
        if (item == null) {
            return;
        }
        if (count <= 0) {
            item.setSuffixComponent(null);
            return;
        }
        var badge = new Span(String.valueOf(count));
        badge.addClassName("nd-menu-count");
        badge.getElement().setAttribute("aria-label", getTranslation("nav.badge", count));
        item.setSuffixComponent(badge);
    }

    /** The count a menu entry shows (0 when none). */
    public int badge(String route) {
        return badgeCounts.getOrDefault(route(route), 0);
    }

    private static String route(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private Component createUserBox(StaffPrincipal user, AuthenticationContext authentication) {
        var name = new Span(user.displayName());
        name.addClassName("nd-user-name");
        var roles = new Span(user.sortedRoles().stream()
                .map(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", ")));
        roles.addClassName("nd-user-roles");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("nd-logout");
        var account = new Anchor("/newsroom/account", getTranslation("nav.my-account"));
        account.addClassName("nd-account-link");
        var box = new Div(name, roles, account, language, logout);
        box.addClassName("nd-user-box");
        return box;
    }

    private void switchLanguage(Locale locale) {
        if (locale == null || locale.equals(getLocale())) {
            return;
        }
        languagePreference.changeLanguage(locale.toLanguageTag());
        // Every text on the page was rendered in the old language: load the page again in the new one.
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
            ui.getPage().reload();
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        attached.forEach(Registration::remove);
        attached.clear();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        contributions.forEach(c -> attached.add(c.attach(event.getUI(), this::badge)));
        // Times are shown and typed in the browser's zone (StaffTime); Vaadin only learns it when asked, so ask
        // at once rather than when the first date picker opens (it would then still propose the server's zone).
        event.getUI().getPage().retrieveExtendedClientDetails(details -> StaffTime.rememberBrowserZone(details));
        // The connection indicator ("Online", "Connection lost") speaks the UI language too.
        event.getUI().getPage().executeJs("""
                const c = window.Vaadin && window.Vaadin.connectionIndicator;
                if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }""",
                getTranslation("connection.online"), getTranslation("connection.offline"),
                getTranslation("connection.reconnecting"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasViewTitle v ? v.viewTitle() : "";
        viewTitle.setText(title);
    }

    /** Views tell the shell what to show as their title. */
    public interface HasViewTitle {
        String viewTitle();
    }
}
