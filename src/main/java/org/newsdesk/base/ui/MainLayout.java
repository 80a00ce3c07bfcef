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
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.StaffPrincipal;

import java.util.stream.Collectors;

/**
 * The newsroom shell: navigation (only the views the user may open), who is logged in with which
 * roles, logout, and a link to the public site. The drawer collapses on narrow screens.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        StaffPrincipal user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        viewTitle.addClassName("nd-view-title");
        addToNavbar(true, toggle, viewTitle);

        var brand = new Anchor("/newsroom/", getTranslation("app.name"));
        brand.addClassName("nd-brand");

        // A plain link: the public site is outside Vaadin's routes.
        var site = new Anchor("/", getTranslation("nav.public-site"));
        site.addClassName("nd-site-link");

        addToDrawer(brand, new Scroller(new Div(createNav(), site)), createUserBox(user, authentication));
    }

    private SideNav createNav() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        // Menu titles are message keys; MenuConfiguration already leaves out views the user may not open.
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            nav.addItem(item);
        });
        return nav;
    }

    private Component createUserBox(StaffPrincipal user, AuthenticationContext authentication) {
        var name = new Span(user.displayName());
        name.addClassName("nd-user-name");
        var roles = new Span(user.sortedRoles().stream()
                .map(r -> getTranslation("role." + r.name().toLowerCase()))
                .collect(Collectors.joining(", ")));
        roles.addClassName("nd-user-roles");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("nd-logout");
        var account = new Anchor("/newsroom/account", getTranslation("nav.my-account"));
        account.addClassName("nd-account-link");
        var box = new Div(name, roles, account, logout);
        box.addClassName("nd-user-box");
        return box;
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
