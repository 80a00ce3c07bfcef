package org.newsdesk.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.WebAttributes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.security.ui.LoginView;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginViewTest extends NewsroomViewTest {


    @Test
    void loginFormPostsToSpringSecurityWithTranslatedLabels() {
        navigate(LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(i18n(form)).contains("\"username\":\"Username\"", "\"title\":\"Log in\"", "\"submit\":\"Log in\"");
        assertThat(form.isError()).isFalse();
        assertThat(find(Anchor.class).withText("Back to the public site").single().getHref()).isEqualTo("/");
    }

    @Test
    void failedLoginShowsTheErrorMessage() {
        navigate(LoginView.class);
        // Spring Security sends a failed login back to /newsroom/login?error
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Incorrect username or password");
    }

    @Test
    void throttledLoginsSayToWaitWithoutSayingWhetherTheUserExists() {
        navigate(LoginView.class);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(12));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many failed attempts", "Try again in 12 minutes.")
                .doesNotContain("Incorrect username or password");
    }

    @Test
    void theLastMinuteOfABlockIsSaidInTheSingular() {
        navigate(LoginView.class);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(1));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        assertThat(i18n(find(LoginForm.class).single())).contains("Try again in 1 minute.");
    }

    @Test
    void aRefusedCrossSiteLoginIsExplainedOnTheLoginPage() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(LoginView.CROSS_SITE, "")));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Login from another site refused", "Nobody was logged in")
                .doesNotContain("Incorrect username or password");
    }

    /** The labels as sent to the browser (the getter is not public). */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
