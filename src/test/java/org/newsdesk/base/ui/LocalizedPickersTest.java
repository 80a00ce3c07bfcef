package org.newsdesk.base.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedPickersTest {

    @Test
    void calendarsSpeakTheUiLanguage() {
        var az = LocalizedPickers.i18n(Locale.forLanguageTag("az"), "Bu gün", "Ləğv et");
        assertThat(az.getMonthNames()).startsWith("Yanvar", "Fevral", "Mart");
        assertThat(az.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(az.getToday()).isEqualTo("Bu gün");

        var ru = LocalizedPickers.i18n(Locale.forLanguageTag("ru"), "Сегодня", "Отмена");
        assertThat(ru.getMonthNames().get(2)).isEqualTo("Март");
        assertThat(ru.getWeekdays().getFirst()).isEqualTo("Воскресенье");

        var fr = LocalizedPickers.i18n(Locale.FRENCH, "Aujourd’hui", "Annuler");
        assertThat(fr.getMonthNames().getFirst()).isEqualTo("Janvier");
        var en = LocalizedPickers.i18n(Locale.ENGLISH, "Today", "Cancel");
        assertThat(en.getFirstDayOfWeek()).isZero();
    }
}
