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
        view.language.setValue("fr");
        assertThat(test(view.datelinePlace).getSuggestionItems()).contains("Bakou", "Gandja", "Moscou");
        test(view.datelinePlace).selectItem("Bakou");
        view.datelineDate.setValue(LocalDate.of(2023, 3, 1));
        assertThat(view.datelinePreview.getText()).isEqualTo("Bakou, 1er mars, AZERTAC");

        view.language.setValue("az");
        assertThat(view.datelinePlace.getValue()).isEqualTo("Bakı");
        assertThat(view.datelinePreview.getText()).isEqualTo("Bakı, 1 mart, AZƏRTAC");
        view.language.setValue("ru");
        assertThat(view.datelinePreview.getText()).isEqualTo("Баку, 1 марта, АЗЕРТАДЖ");
        view.language.setValue("en");
        assertThat(view.datelinePreview.getText()).isEqualTo("Baku, March 1, AZERTAC");

        // A place typed in another language is written in the dispatch's; other places stay as typed.
        view.datelinePlace.setValue("Moscou");
        assertThat(view.datelinePreview.getText()).isEqualTo("Moscow, March 1, AZERTAC");
        assertThat(view.draft().dateline().place()).isEqualTo("Moscow");
        view.datelinePlace.setValue("Qəbələ");
        assertThat(view.draft().dateline().place()).isEqualTo("Qəbələ");
    }
}
