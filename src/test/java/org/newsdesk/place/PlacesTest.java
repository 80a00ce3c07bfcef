package org.newsdesk.place;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The managed list of places on MariaDB: seeded names, lookup in any language, additions. */
@IntegrationTest
class PlacesTest {

    @Autowired
    Places places;

    @Test
    void bakuIsNamedInEveryAgencyLanguage() {
        Place baku = places.find("Baku").orElseThrow();
        assertThat(baku.names()).containsExactlyInAnyOrderEntriesOf(Map.of("en", "Baku", "fr", "Bakou", "az", "Bakı", "ru", "Баку"));
        assertThat(places.all()).extracting(Place::code)
                .contains("ganja", "sumgayit", "shusha", "nakhchivan", "moscow", "paris", "ankara", "tbilisi", "washington", "brussels");
    }

    @Test
    void aPlaceTypedInAnyLanguageTakesItsNameInTheDispatchLanguage() {
        assertThat(places.localize("Baku", "fr")).isEqualTo("Bakou");
        assertThat(places.localize("Bakou", "az")).isEqualTo("Bakı");
        assertThat(places.localize("Баку", "en")).isEqualTo("Baku");
        // Case-insensitive by each language's rules: "BAKI" is Azerbaijani "Bakı", "GƏNCƏ" is "Gəncə".
        assertThat(places.localize("BAKI", "ru")).isEqualTo("Баку");
        assertThat(places.localize("GƏNCƏ", "fr")).isEqualTo("Gandja");
        assertThat(places.localize("İSTANBUL", "en")).isEqualTo("Istanbul");
        // Anything else stays as the reporter typed it.
        assertThat(places.localize("  Qəbələ ", "fr")).isEqualTo("Qəbələ");
    }

    @Test
    void namesOfALanguageSortByItsAlphabet() {
        // The Azerbaijani alphabet: … G Ğ H X I İ J K Q L … S Ş T …
        assertThat(places.namesIn("az")).containsSubsequence("Bakı", "Brüssel", "Cenevrə", "Gəncə", "Xankəndi", "İstanbul",
                "Lənkəran", "Moskva", "Naxçıvan", "Şuşa", "Tbilisi", "Vaşinqton");
        assertThat(places.namesIn("ru")).containsSubsequence("Анкара", "Баку", "Брюссель", "Вашингтон", "Гянджа", "Москва");
    }

    @Test
    @WithUserDetails("editor")
    void editorsAddPlacesWithUniqueNames() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Place added = places.add(Map.of("en", "Gabala " + tag, "fr", "Gabala " + tag, "az", "Qəbələ " + tag, "ru", "Габала " + tag));
        assertThat(added.code()).isEqualTo("gabala-" + tag.toLowerCase());
        assertThat(places.localize("QƏBƏLƏ " + tag.toUpperCase(java.util.Locale.forLanguageTag("az")), "ru")).isEqualTo("Габала " + tag);

        var taken = catchThrowableOfType(PlaceValidationException.class, () -> places.add(Map.of("en", "Somewhere " + tag, "fr", "Bakou")));
        assertThat(taken.errors()).containsEntry("fr", "place.error.exists");
        var noEnglish = catchThrowableOfType(PlaceValidationException.class, () -> places.add(Map.of("fr", "Ailleurs " + tag)));
        assertThat(noEnglish.errors()).containsEntry("en", "place.error.english-required");
    }

    @Test
    @WithUserDetails("writer")
    void writersDoNotAddPlaces() {
        assertThatThrownBy(() -> places.add(Map.of("en", "Nowhere"))).isInstanceOf(AccessDeniedException.class);
    }
}
