package org.newsdesk.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** Staff login at /newsroom/login. Spring Security processes the form; this view shows it and its errors. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Set by the security chain when it refused a login posted from another site. */
    public static final String CROSS_SITE = "cross-site";

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("nd-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(i18n());
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var back = new Anchor("/", getTranslation("login.back-to-site"));
        back.addClassName("nd-login-back");
        add(login, back);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.setHeader(new LoginI18n.Header());
        i18n.getHeader().setTitle(getTranslation("app.name"));
        i18n.getHeader().setDescription(getTranslation("login.description"));
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(CROSS_SITE)) {
            // A login another site's page tried to make in this browser was refused (CrossSiteLoginFilter).
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.cross-site.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.cross-site.message"));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        // Spring Security redirects back here with ?error after a failed attempt.
        boolean failed = parameters.containsKey("error");
        if (failed) {
            // Spring Security keeps the reason in the session; a throttled login gets its own message.
            var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
            Object reason = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = i18n();
            if (reason instanceof LoginThrottledException throttled) {
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", throttled.retryAfterMinutes()));
            }
            login.setI18n(i18n);
        }
        login.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
