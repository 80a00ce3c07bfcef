package org.newsdesk.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.text.Dateline;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every newsroom view, rendered without a browser in every interface language, shows no raw
 * message key. A key missing from a bundle shows as the key itself (see MessageSourceI18nProvider),
 * so a text equal to a key, or shaped like one of our keys, fails the build.
 */
@IntegrationTest
class LocalizedViewsTest extends NewsroomViewTest {

    static final List<String> EDITOR_ROUTES = List.of("dispatches", "", "dispatch/new", "account", "places");
    static final List<String> ADMIN_ROUTES = List.of("admin/staff", "", "admin/audit", "account", "dispatches", "places");

    @Autowired
    DispatchService dispatches;

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "az", "ru"})
    @WithUserDetails("editor")
    void editorViewsShowNoRawKeys(String language) {
        Locale locale = Locale.forLanguageTag(language);
        var created = dispatches.create(new DispatchDraft("fr", "Traduction " + UUID.randomUUID().toString().substring(0, 6),
                null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)), null, null, "Premier paragraphe.", "politics",
                null, 5, null));
        dispatches.releaseLock(created.id());
        var routes = new ArrayList<>(EDITOR_ROUTES);
        routes.add("dispatch/" + created.id());
        routes.add("dispatch-history/" + created.id());
        checkRoutes(locale, routes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "az", "ru"})
    @WithUserDetails("admin")
    void adminViewsShowNoRawKeys(String language) {
        checkRoutes(Locale.forLanguageTag(language), ADMIN_ROUTES);
    }

    private void checkRoutes(Locale locale, List<String> routes) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        Set<String> keys = englishKeys();
        Pattern keyShaped = Pattern.compile("\\b(" + keys.stream().map(k -> k.substring(0, k.indexOf('.')))
                .distinct().collect(Collectors.joining("|")) + ")\\.[a-z0-9_-]+(\\.[a-z0-9_-]+)*\\b");
        for (String route : routes) {
            navigate(route, Component.class);
            // The outermost router layout (the shell), with the view inside it.
            var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            Component shell = (Component) chain.getLast();
            List<String> texts = new ArrayList<>();
            collect(shell.getElement(), texts);
            collectComponents(shell, texts);
            List<String> raw = texts.stream().filter(t -> keys.contains(t.strip()) || keyShaped.matcher(t).find()
                    || t.contains("!{") || t.contains("??")).toList();
            assertThat(raw).as("raw keys on /%s in %s", route, locale).isEmpty();
            // The shell really is in the language, not English by fallback.
            assertThat(texts).as("/%s in %s", route, locale)
                    .contains(messages.getMessage("nav.dashboard", null, locale), messages.getMessage("nav.logout", null, locale));
        }
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        for (String property : List.of("label", "placeholder", "helperText", "errorMessage", "title", "header")) {
            if (element.hasProperty(property) && element.getProperty(property) != null) {
                texts.add(element.getProperty(property));
            }
        }
        for (String attribute : List.of("aria-label", "title", "label")) {
            if (element.hasAttribute(attribute)) {
                texts.add(element.getAttribute(attribute));
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static void collectComponents(Component component, List<String> texts) {
        if (component instanceof Grid<?> grid) {
            grid.getColumns().forEach(c -> {
                if (c.getHeaderText() != null) {
                    texts.add(c.getHeaderText());
                }
            });
        }
        component.getChildren().forEach(child -> collectComponents(child, texts));
    }

    static Set<String> englishKeys() {
        try (var in = LocalizedViewsTest.class.getClassLoader().getResourceAsStream("messages.properties")) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
