package org.newsdesk.picture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.picture.TestImages;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's pictures panel, without a browser: upload, prefill, a bad file, alt text, order, publishing. */
@IntegrationTest
class PicturesPanelTest extends NewsroomViewTest {

    @Autowired
    DispatchService service;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("editor")
    void picturesAreAddedDescribedOrderedAndPublishWaitsForAltText() {
        // In an edition of its own: the real French front page stays as the other tests expect it.
        var edition = desk.newEdition();
        var dispatch = service.create(Newsroom.draft(edition.edition, Unique.unique("Photos"), "Corps de la dépêche."));
        navigate("dispatch/" + dispatch.id(), Component.class);
        PicturesPanel panel = find(PicturesPanel.class).single();
        assertThat(panel.offersUpload()).isTrue();
        assertThat(panel.hint.getText()).isEqualTo("No pictures yet. The first one added is the lead picture.");

        String caption = "Ilham Aliyev a reçu António Vitorino " + Unique.marker();
        panel.receive("vitorino.jpg", TestImages.withXmp(TestImages.jpeg(500, 330, caption.hashCode()), caption,
                "Photographe AZERTAC", "AZERTAC", "© AZERTAC", "Bakou", "Azerbaïdjan", "2023-03-01", ""));
        panel.receive("notes.jpg", "not a picture at all".getBytes(StandardCharsets.UTF_8));
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("notes.jpg: This file is not a picture (JPEG, PNG or WebP), whatever its name says.");
        panel.receive("crowd.png", TestImages.png(400, 300));

        assertThat(panel.shown).hasSize(2);
        var first = panel.shown.getFirst();
        assertThat(first.caption.getLabel()).isEqualTo("Caption (" + edition.edition.toUpperCase(java.util.Locale.ROOT) + ")");
        assertThat(first.caption.getValue()).isEqualTo(caption);
        assertThat(first.creator.getValue()).isEqualTo("Photographe AZERTAC");
        assertThat(first.credit.getValue()).isEqualTo("AZERTAC");
        assertThat(first.copyright.getValue()).isEqualTo("© AZERTAC");
        assertThat(first.altText.isInvalid()).isTrue();
        assertThat(first.getElement().getTextRecursively()).contains("Lead picture");

        test(first.altText).setValue("Deux hommes se serrent la main");
        test(first.save).click();
        assertThat(panel.shown.getFirst().altText.isInvalid()).isFalse();

        // Publish from the editor: refused, naming the picture without alt text.
        test(publishButton()).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Add alt text to picture 2 (crowd.png) before publishing: readers who cannot see it rely on it.");
        assertThat(service.get(dispatch.id()).state().name()).isEqualTo("DRAFT");

        // The second becomes the lead; it gets its alt text; now it publishes.
        test(panel.shown.get(1).makeLead).click();
        assertThat(panel.shown.getFirst().picture.originalName()).isEqualTo("crowd.png");
        test(panel.shown.getFirst().altText).setValue("Une foule devant le palais");
        test(panel.shown.getFirst().save).click();
        test(publishButton()).click();
        assertThat(service.get(dispatch.id()).state().name()).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("SELECT alt_text FROM published_picture WHERE dispatch_id = :d ORDER BY position")
                .param("d", dispatch.id()).query(String.class).list())
                .containsExactly("Une foule devant le palais", "Deux hommes se serrent la main");
        service.kill(dispatch.id(), "Test over.");
    }

    @Autowired
    Newsroom desk;

    @Test
    void aWriterSeesNoUploadOnSomeoneElsesDispatch() {
        var editors = desk.create(Newsroom.draft("en", Unique.unique("Not yours"), "Body."));
        desk.as("writer", () -> {
            navigate("dispatch/" + editors.id(), Component.class);
            PicturesPanel panel = find(PicturesPanel.class).single();
            assertThat(panel.offersUpload()).isFalse();
            return null;
        });
    }

    @Test
    void anAdministratorOpensTheEditorAndSeesThePicturesWithoutChangingThem() {
        var dispatch = desk.create(Newsroom.draft("en", Unique.unique("Admin looks"), "Body."));
        desk.as("editor", () -> pictures.upload(dispatch.id(), "look.jpg", TestImages.jpeg(300, 200, new java.util.Random().nextInt())));
        desk.as("admin", () -> {
            navigate("dispatch/" + dispatch.id(), Component.class);
            PicturesPanel panel = find(PicturesPanel.class).single();
            assertThat(panel.offersUpload()).isFalse();
            assertThat(panel.shown).hasSize(1);
            assertThat(panel.shown.getFirst().altText.isReadOnly()).isTrue();
            assertThat(panel.shown.getFirst().save.getParent().orElseThrow().isVisible()).isFalse();
            return null;
        });
    }

    @Autowired
    org.newsdesk.picture.Pictures pictures;

    private Button publishButton() {
        return find(Button.class).all().stream().filter(b -> "PUBLISH".equals(b.getElement().getAttribute("data-action")))
                .findFirst().orElseThrow();
    }
}
