package org.newsdesk.base.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatch's state is named in the singular in every language ("Draft", not the dashboard
 * tile's "Drafts"), and every action has a notice saying what happened.
 */
class StateNamesTest {

    static final List<String> STATES = List.of("draft", "submitted", "returned", "scheduled", "published", "killed", "spiked");
    static final List<String> ACTIONS = List.of("submit", "return", "publish", "schedule", "unschedule", "set_embargo",
            "clear_embargo", "correct", "kill", "spike", "unspike");

    /** Written out by hand: the singular name of each state, in each language. */
    static final Map<String, List<String>> SINGULAR = new LinkedHashMap<>();

    static {
        SINGULAR.put("", List.of("Draft", "Submitted", "Returned", "Scheduled", "Published", "Killed", "Spiked"));
        SINGULAR.put("_fr", List.of("Brouillon", "Soumise", "Renvoyée", "Programmée", "Publiée", "Retirée", "Écartée"));
        SINGULAR.put("_az", List.of("Qaralama", "Təqdim olunub", "Geri qaytarılıb", "Planlaşdırılıb", "Dərc olunub",
                "Geri çağırılıb", "Kənara qoyulub"));
        SINGULAR.put("_ru", List.of("Черновик", "На проверке", "Возвращено", "Запланировано", "Опубликовано", "Отозвано",
                "Отклонено"));
    }

    @Test
    void everyStateHasItsSingularNameInEveryLanguage() throws IOException {
        for (var language : SINGULAR.entrySet()) {
            Properties bundle = MessageBundlesTest.load("messages" + language.getKey() + ".properties");
            for (int i = 0; i < STATES.size(); i++) {
                assertThat(bundle.getProperty("state." + STATES.get(i))).as("state.%s in messages%s", STATES.get(i), language.getKey())
                        .isEqualTo(language.getValue().get(i));
            }
            assertThat(bundle.getProperty("state.draft")).isNotEqualTo(bundle.getProperty("dashboard.my-drafts"));
        }
    }

    @Test
    void everyActionHasANoticeSayingWhatHappenedInEveryLanguage() throws IOException {
        for (String language : SINGULAR.keySet()) {
            Properties bundle = MessageBundlesTest.load("messages" + language + ".properties");
            for (String action : ACTIONS) {
                assertThat(bundle.getProperty("dispatch.done." + action)).as("dispatch.done.%s in messages%s", action, language)
                        .isNotBlank();
            }
            assertThat(bundle.getProperty("dispatch.done.set_embargo")).contains("{0}");
            assertThat(bundle.getProperty("dispatch.done.schedule")).contains("{0}");
        }
    }
}
