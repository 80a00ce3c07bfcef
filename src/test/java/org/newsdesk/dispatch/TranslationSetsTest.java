package org.newsdesk.dispatch;

import org.newsdesk.text.TextDiff;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.workflow.DispatchState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.UUID;
import org.newsdesk.text.Dateline;
import org.newsdesk.publication.PublishedDispatches;
import org.newsdesk.publication.PublishedDispatch;
import org.newsdesk.publication.PublishedTranslations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Translation sets on MariaDB: create a linked translation, warn when the source changes, kill the set. */
@IntegrationTest
@WithUserDetails("editor")
class TranslationSetsTest {

    @Autowired
    DispatchService dispatches;

    @Autowired
    TranslationSets sets;

    @Autowired
    PublishedDispatches published;

    @Autowired
    PublishedTranslations publishedTranslations;

    static String unique(String s) {
        return s + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    DispatchDetails french(String headline) {
        return dispatches.create(new DispatchDraft("fr", headline, "AZ-IOM", new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, "Le chapeau.", "Premier paragraphe.", "politics", "OIM", 3, null));
    }

    @Test
    void translatingMakesALinkedDraftPrefilledFromTheSourceWithTheDatelineInTheTargetLanguage() {
        var source = french(unique("Ilham Aliyev a reçu"));
        var english = sets.translate(source.id(), "en");

        assertThat(english.state()).isEqualTo(DispatchState.DRAFT);
        assertThat(english.draft().language()).isEqualTo("en");
        assertThat(english.draft().dateline()).isEqualTo(new Dateline("Baku", LocalDate.of(2023, 3, 1)));
        assertThat(english.draft().body()).isEqualTo("Premier paragraphe.");
        assertThat(english.draft().slugline()).isEqualTo("AZ-IOM");
        assertThat(english.draft().urgency()).isEqualTo(3);

        var azerbaijani = sets.translate(english.id(), "az");
        assertThat(azerbaijani.draft().dateline().place()).isEqualTo("Bakı");

        // One set, seen the same from every member: the source first, then by language.
        assertThat(sets.members(azerbaijani.id())).extracting(TranslationMember::id)
                .containsExactly(source.id(), azerbaijani.id(), english.id());
        assertThat(sets.members(source.id())).extracting(TranslationMember::language).containsExactly("fr", "az", "en");
        assertThat(sets.members(source.id()).getFirst().source()).isTrue();
        assertThat(sets.members(source.id())).extracting(TranslationMember::authorName).containsOnly("Demo Editor");

        var twice = catchThrowableOfType(DispatchValidationException.class, () -> sets.translate(source.id(), "en"));
        assertThat(twice.errors()).containsEntry("language", "translation.error.exists");
        var same = catchThrowableOfType(DispatchValidationException.class, () -> sets.translate(source.id(), "fr"));
        assertThat(same.errors()).containsEntry("language", "translation.error.language");
    }

    @Test
    void translatorsAreWarnedWithTheDiffWhenTheSourceChangesAfterTheirDraftWasMade() {
        var source = french(unique("Source modifiée"));
        var english = sets.translate(source.id(), "en");
        assertThat(sets.sourceChange(english.id())).isEmpty();

        var changed = dispatches.save(source.id(), source.version(), new DispatchDraft("fr", source.draft().headline(),
                "AZ-IOM", source.draft().dateline(), null, "Le chapeau.", "Premier paragraphe, corrigé.", "politics",
                "OIM", 3, null));

        var change = sets.sourceChange(english.id()).orElseThrow();
        assertThat(change.sourceId()).isEqualTo(source.id());
        assertThat(change.sourceLanguage()).isEqualTo("fr");
        assertThat(change.translatedRevision()).isEqualTo(source.latestRevision());
        assertThat(change.latestRevision()).isEqualTo(changed.latestRevision());
        assertThat(change.diff()).anySatisfy(line -> {
            assertThat(line.field()).isEqualTo("body");
            assertThat(line.kind()).isEqualTo(TextDiff.Kind.CHANGED);
            assertThat(line.newHtml()).contains("<ins>");
        });
        assertThat(sets.members(source.id())).filteredOn(m -> m.id() == english.id())
                .singleElement().extracting(TranslationMember::sourceChanged).isEqualTo(true);

        sets.sourceSeen(english.id());
        assertThat(sets.sourceChange(english.id())).isEmpty();
    }

    @Test
    void killingTheSetKillsEveryPublishedLanguage() {
        var source = french(unique("Retrait de l’ensemble"));
        var english = sets.translate(source.id(), "en");
        var russian = sets.translate(source.id(), "ru");
        dispatches.publish(source.id());
        dispatches.publish(english.id());

        // Readers see the published versions linked to each other (hreflang), never the Russian draft.
        var french = published.latestInEdition("fr", 500).stream().filter(p -> p.id() == source.id()).findFirst().orElseThrow();
        assertThat(publishedTranslations.of(english.id())).extracting(PublishedTranslations.Version::language)
                .containsExactly("en", "fr");
        assertThat(publishedTranslations.of(source.id())).extracting(PublishedTranslations.Version::path)
                .contains(french.path());

        var killed = sets.killSet(english.id(), "This dispatch has been withdrawn in every language.");

        assertThat(killed).extracting(DispatchDetails::id).containsExactlyInAnyOrder(source.id(), english.id());
        assertThat(dispatches.get(source.id()).state()).isEqualTo(DispatchState.KILLED);
        assertThat(dispatches.get(english.id()).state()).isEqualTo(DispatchState.KILLED);
        assertThat(dispatches.get(english.id()).killNotice()).isEqualTo("This dispatch has been withdrawn in every language.");
        // The unpublished Russian draft stays in its own workflow.
        assertThat(dispatches.get(russian.id()).state()).isEqualTo(DispatchState.DRAFT);
        assertThat(published.latestInEdition("fr", 500)).extracting(PublishedDispatch::id).doesNotContain(source.id());
        assertThat(published.latestInEdition("en", 500)).extracting(PublishedDispatch::id).doesNotContain(english.id());
        assertThat(publishedTranslations.of(english.id())).isEmpty();
    }
}
