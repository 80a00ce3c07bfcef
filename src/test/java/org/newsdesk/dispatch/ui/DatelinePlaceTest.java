package org.newsdesk.dispatch.ui;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's dateline place offers the list of places, named in the dispatch's language. */
@IntegrationTest
class DatelinePlaceTest extends NewsroomViewTest {

    @Test
    @WithUserDetails("writer")
    void theDatelinePlaceFollowsTheDispatchLanguage() {
        DispatchEditorView view = navigate("dispatch/new", DispatchEditorView.class);
        view.form.language.setValue("fr");
        assertThat(test(view.form.datelinePlace).getSuggestionItems()).contains("Bakou", "Gandja", "Moscou");
        test(view.form.datelinePlace).selectItem("Bakou");
        view.form.datelineDate.setValue(LocalDate.of(2023, 3, 1));
        assertThat(view.form.datelinePreview.getText()).isEqualTo("Bakou, 1er mars, AZERTAC");

        view.form.language.setValue("az");
        assertThat(view.form.datelinePlace.getValue()).isEqualTo("Bakı");
        assertThat(view.form.datelinePreview.getText()).isEqualTo("Bakı, 1 mart, AZƏRTAC");
        view.form.language.setValue("ru");
        assertThat(view.form.datelinePreview.getText()).isEqualTo("Баку, 1 марта, АЗЕРТАДЖ");
        view.form.language.setValue("en");
        assertThat(view.form.datelinePreview.getText()).isEqualTo("Baku, March 1, AZERTAC");

        // A place typed in another language is written in the dispatch's; other places stay as typed.
        view.form.datelinePlace.setValue("Moscou");
        assertThat(view.form.datelinePreview.getText()).isEqualTo("Moscow, March 1, AZERTAC");
        assertThat(view.form.draft().dateline().place()).isEqualTo("Moscow");
        view.form.datelinePlace.setValue("Qəbələ");
        assertThat(view.form.draft().dateline().place()).isEqualTo("Qəbələ");
    }
}
