package org.newsdesk.picture;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchValidationException;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pictures service on MariaDB: upload, prefill, dedup, rights, order, the alt-text rule, projection and kill. */
@IntegrationTest
class PicturesTest {

    static final java.util.Random RANDOM = new java.util.Random();

    @Autowired
    Pictures pictures;
    @Autowired
    Newsroom desk;
    @Autowired
    JdbcClient jdbc;

    DispatchDetails draftBy(String user, String language) {
        return desk.as(user, () -> desk.service().create(Newsroom.draft(language, Unique.unique("Pictures"), "Body text.")));
    }

    @Test
    void anUploadIsPrefilledFromItsXmpAndTheSameFileIsStoredOnce() {
        var dispatch = draftBy("writer", "fr");
        String caption = "Ilham Aliyev a reçu António Vitorino " + Unique.marker();
        byte[] jpeg = TestImages.withXmp(TestImages.jpeg(640, 427, caption.hashCode()), caption, "Photographe AZERTAC",
                "AZERTAC", "© AZERTAC", "Bakou", "Azerbaïdjan", "2023-03-01", "");

        UploadOutcome first = desk.as("writer", () -> pictures.upload(dispatch.id(), "vitorino.jpg", jpeg));

        assertThat(first.reused()).isFalse();
        DispatchPicture p = first.picture();
        assertThat(p.lead()).isTrue();
        assertThat(p.caption()).isEqualTo(caption);
        assertThat(p.creator()).isEqualTo("Photographe AZERTAC");
        assertThat(p.credit()).isEqualTo("AZERTAC");
        assertThat(p.copyright()).isEqualTo("© AZERTAC");
        assertThat(p.city()).isEqualTo("Bakou");
        assertThat(p.takenOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(p.hasAltText()).isFalse();
        assertThat(p.width()).isEqualTo(640);

        var other = draftBy("editor", "fr");
        UploadOutcome again = desk.as("editor", () -> pictures.upload(other.id(), "copy-of-vitorino.jpg", jpeg.clone()));
        assertThat(again.reused()).isTrue();
        assertThat(again.picture().pictureId()).isEqualTo(p.pictureId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM picture WHERE original_key = (SELECT original_key FROM picture WHERE id = :id)")
                .param("id", p.pictureId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBadFileInABatchIsRefusedWithItsReasonAndTheOthersGoThrough() {
        var dispatch = draftBy("writer", "en");
        long before = jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
        byte[] good = TestImages.jpeg(300, 200, RANDOM.nextInt());
        byte[] truncated = Arrays.copyOf(TestImages.jpeg(300, 200, RANDOM.nextInt()), 900);
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);

        var results = desk.as("writer", () -> List.of(
                attempt(() -> pictures.upload(dispatch.id(), "a.jpg", good)),
                attempt(() -> pictures.upload(dispatch.id(), "b.jpg", truncated)),
                attempt(() -> pictures.upload(dispatch.id(), "c.jpg", svg)),
                attempt(() -> pictures.upload(dispatch.id(), "d.png", TestImages.png(200, 100)))));

        assertThat(results).containsExactly("ok", "picture.error.truncated", "picture.error.svg", "ok");
        assertThat(desk.as("writer", () -> pictures.ofDispatch(dispatch.id()))).extracting(DispatchPicture::originalName)
                .containsExactly("a.jpg", "d.png");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single()).isEqualTo(before + 2);
    }

    @Test
    void onlyThoseWhoMayEditTheDispatchChangeItsPictures() {
        var editors = draftBy("editor", "en");
        byte[] jpeg = TestImages.jpeg(200, 150, RANDOM.nextInt());
        assertThatThrownBy(() -> desk.as("writer", () -> pictures.upload(editors.id(), "x.jpg", jpeg)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.as("admin", () -> pictures.upload(editors.id(), "x.jpg", jpeg)))
                .isInstanceOf(AccessDeniedException.class);
        var uploaded = desk.as("editor", () -> pictures.upload(editors.id(), "x.jpg", jpeg)).picture();
        assertThatThrownBy(() -> desk.as("writer", () -> pictures.update(editors.id(), uploaded.pictureId(),
                new PictureEdit("c", "alt", null, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.as("writer", () -> pictures.detach(editors.id(), uploaded.pictureId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void publishingNeedsAltTextOnEveryPictureAndSaysWhichLacksIt() {
        var dispatch = draftBy("editor", "en");
        var lead = desk.as("editor", () -> pictures.upload(dispatch.id(), "lead.jpg", TestImages.jpeg(400, 300, RANDOM.nextInt()))).picture();
        var second = desk.as("editor", () -> pictures.upload(dispatch.id(), "crowd.jpg", TestImages.jpeg(400, 300, RANDOM.nextInt()))).picture();
        desk.as("editor", () -> pictures.update(dispatch.id(), lead.pictureId(),
                new PictureEdit("The meeting", "Two men shake hands", "A. Photographer", "AZERTAC", "© AZERTAC")));

        assertThatThrownBy(() -> desk.as("editor", () -> desk.service().publish(dispatch.id())))
                .isInstanceOfSatisfying(DispatchValidationException.class, e -> {
                    assertThat(e.errors()).containsEntry("pictures", "picture.error.alt-required");
                    assertThat(e.args("pictures")).containsExactly(2, "crowd.jpg");
                });
        assertThat(desk.get(dispatch.id()).state().name()).isEqualTo("DRAFT");

        desk.as("editor", () -> pictures.update(dispatch.id(), second.pictureId(),
                new PictureEdit("The crowd", "People waiting outside the palace", null, "AZERTAC", null)));
        desk.as("editor", () -> pictures.reorder(dispatch.id(), List.of(second.pictureId())));
        desk.as("editor", () -> desk.service().publish(dispatch.id()));

        assertThat(jdbc.sql("SELECT picture_id FROM published_picture WHERE dispatch_id = :d ORDER BY position")
                .param("d", dispatch.id()).query(Long.class).list()).containsExactly(second.pictureId(), lead.pictureId());
        assertThat(jdbc.sql("SELECT alt_text FROM published_picture WHERE dispatch_id = :d AND position = 0")
                .param("d", dispatch.id()).query(String.class).single()).isEqualTo("People waiting outside the palace");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_rendition WHERE dispatch_id = :d").param("d", dispatch.id())
                .query(Long.class).single()).isGreaterThanOrEqualTo(8);

        desk.as("editor", () -> desk.service().kill(dispatch.id(), "Withdrawn: wrong pictures."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_picture WHERE dispatch_id = :d").param("d", dispatch.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_rendition WHERE dispatch_id = :d").param("d", dispatch.id())
                .query(Long.class).single()).isZero();
        // Kept for staff: the picture, its texts and its place in the dispatch.
        assertThat(desk.as("editor", () -> pictures.ofDispatch(dispatch.id()))).hasSize(2);
    }

    @Test
    void theLibraryFindsPicturesByCaptionCreditAndDateAndOneIsReusedInAnotherDispatch() {
        String word = Unique.marker();
        var dispatch = draftBy("editor", "en");
        byte[] jpeg = TestImages.withIptc(TestImages.jpeg(300, 200, word.hashCode()), "Harbour at dawn " + word,
                "Lens " + word, "Credit " + word, "(c)", "Baku", "Azerbaijan", "20240615");
        var p = desk.as("editor", () -> pictures.upload(dispatch.id(), "harbour.jpg", jpeg)).picture();

        assertThat(desk.as("writer", () -> pictures.search("harbour " + word, null, null, 20))).extracting(LibraryPicture::id)
                .containsExactly(p.pictureId());
        assertThat(desk.as("writer", () -> pictures.search("Credit " + word, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), 20)))
                .extracting(LibraryPicture::id).containsExactly(p.pictureId());
        assertThat(desk.as("writer", () -> pictures.search(word, LocalDate.of(2024, 7, 1), null, 20))).isEmpty();

        var other = draftBy("writer", "en");
        var reused = desk.as("writer", () -> pictures.attach(other.id(), p.pictureId()));
        assertThat(reused.pictureId()).isEqualTo(p.pictureId());
        assertThat(reused.lead()).isTrue();
        assertThat(desk.as("writer", () -> pictures.search(word, null, null, 5)).getFirst().usedIn()).isEqualTo(2);
    }

    private static String attempt(Runnable upload) {
        try {
            upload.run();
            return "ok";
        } catch (PictureRejectedException e) {
            return e.messageKey();
        }
    }
}
