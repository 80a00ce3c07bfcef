package org.newsdesk.base.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleTextTest {

    static final Locale AZ = Locale.forLanguageTag("az");

    @Test
    void azerbaijaniCasePairsDottedAndDotlessI() {
        assertThat(LocaleText.lower("İLHAM ƏLİYEV", AZ)).isEqualTo("ilham əliyev");
        assertThat(LocaleText.lower("IŞIQ", AZ)).isEqualTo("ışıq");
        assertThat(LocaleText.upper("ilham", AZ)).isEqualTo("İLHAM");
        assertThat(LocaleText.upper("ışıq", AZ)).isEqualTo("IŞIQ");
        assertThat(LocaleText.equalsIgnoreCase("İSTANBUL", "istanbul", AZ)).isTrue();
        assertThat(LocaleText.equalsIgnoreCase("IŞIQ", "işiq", AZ)).isFalse();
        assertThat(LocaleText.containsIgnoreCase("Prezident İlham Əliyev", "ilham", AZ)).isTrue();
        // Without the az locale the dotted capital I breaks the match.
        assertThat(LocaleText.lower("İLHAM", Locale.ROOT)).isNotEqualTo("ilham");
    }

    @Test
    void namesSortByTheLanguagesAlphabet() {
        List<String> names = List.of("Əliyeva", "Zeynalov", "Eldar", "Çələbi", "Cavid", "İsmayılov", "Ibrahimov");
        assertThat(names.stream().sorted(LocaleText.collator(AZ)).toList())
                .containsExactly("Cavid", "Çələbi", "Eldar", "Əliyeva", "Ibrahimov", "İsmayılov", "Zeynalov");
        assertThat(List.of("Юрий", "Ёлкин", "Елена").stream().sorted(LocaleText.collator(Locale.forLanguageTag("ru"))).toList())
                .containsExactly("Елена", "Ёлкин", "Юрий");
    }

    @Test
    void languagesAreNamedInThemselves() {
        assertThat(List.of("en", "fr", "az", "ru").stream().map(Locale::forLanguageTag).map(LocaleText::nativeName))
                .containsExactly("English", "Français", "Azərbaycan", "Русский");
    }
}
