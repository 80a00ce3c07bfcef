package org.newsdesk.picture.ui;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.picture.LibraryPicture;
import org.newsdesk.picture.Pictures;
import org.newsdesk.picture.TestImages;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The picture library: search by caption, credit and date; reuse a picture in another dispatch. */
@IntegrationTest
class PictureLibraryViewTest extends NewsroomViewTest {

    @Autowired
    DispatchService service;
    @Autowired
    Pictures pictures;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("editor")
    void aPictureIsFoundByItsCaptionAndCreditAndReusedInAnotherDispatch() {
        String word = Unique.marker();
        var first = service.create(Newsroom.draft("en", Unique.unique("Library"), "Body."));
        byte[] jpeg = TestImages.withIptc(TestImages.jpeg(300, 200, word.hashCode()), "Port of Baku at dawn " + word,
                "Jane Lens", "Credit " + word, "(c) AZERTAC", "Baku", "Azerbaijan", "20240615");
        long pictureId = pictures.upload(first.id(), "port.jpg", jpeg).picture().pictureId();
        var second = service.create(Newsroom.draft("en", Unique.unique("Reuse"), "Body."));

        PictureLibraryView view = navigate("pictures", PictureLibraryView.class);
        test(view.search).setValue("dawn " + word);
        assertThat(view.grid.getGenericDataView().getItems().map(LibraryPicture::id)).containsExactly(pictureId);
        test(view.search).setValue("Credit " + word);
        test(view.from).setValue(LocalDate.of(2024, 6, 1));
        assertThat(view.grid.getGenericDataView().getItems().map(LibraryPicture::id)).containsExactly(pictureId);
        test(view.from).setValue(LocalDate.of(2024, 7, 1));
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();
        test(view.from).setValue(null);

        view.grid.select(view.grid.getGenericDataView().getItems().findFirst().orElseThrow());
        test(view.dispatch).setValue((int) second.id());
        test(view.reuse).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Picture added to dispatch " + second.id());
        assertThat(pictures.ofDispatch(second.id())).extracting(p -> p.pictureId()).containsExactly(pictureId);
        assertThat(view.grid.getGenericDataView().getItems().findFirst().orElseThrow().usedIn()).isEqualTo(2);
    }
}
