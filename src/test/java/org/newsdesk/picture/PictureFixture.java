package org.newsdesk.picture;

import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.support.Newsroom;
import org.springframework.stereotype.Component;

import java.util.List;

/** A dispatch published with pictures, through the real services (as the demo editor). */
@Component
public class PictureFixture {

    /** What a published dispatch with pictures is made of. */
    public record Published(DispatchDetails dispatch, List<DispatchPicture> pictures) {
    }

    private final Pictures pictures;
    private final Newsroom desk;

    PictureFixture(Pictures pictures, Newsroom desk) {
        this.pictures = pictures;
        this.desk = desk;
    }

    /** Two pictures: a lead (caption, credit, copyright, photographer) and one in the gallery; then published. */
    public Published publishWithTwoPictures(DispatchDraft draft, String caption, int seed) {
        return desk.as("editor", () -> {
            DispatchDetails d = desk.service().create(draft);
            var lead = pictures.upload(d.id(), "lead.jpg", TestImages.withExif(TestImages.jpeg(1000, 700, seed), 1)).picture();
            var second = pictures.upload(d.id(), "second.jpg", TestImages.jpeg(900, 600, seed + 1)).picture();
            pictures.update(d.id(), lead.pictureId(), new PictureEdit(caption, "Deux hommes se serrent la main",
                    "Jean Objectif", "AZERTAC", "© AZERTAC 2023"));
            pictures.update(d.id(), second.pictureId(), new PictureEdit("La salle de réunion", "Une salle avec des drapeaux",
                    null, "AZERTAC", null));
            DispatchDetails published = desk.service().publish(d.id());
            return new Published(published, pictures.ofDispatch(d.id()));
        });
    }
}
