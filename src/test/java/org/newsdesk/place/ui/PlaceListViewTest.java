package org.newsdesk.place.ui;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.place.Place;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PlaceListViewTest extends NewsroomViewTest {

    @Test
    @WithUserDetails("editor")
    void anEditorFindsAndAddsPlaces() {
        PlaceListView view = navigate(PlaceListView.class);
        test(view.search).setValue("bakı");
        assertThat(view.grid.getGenericDataView().getItems().map(Place::code)).containsExactly("baku");

        String tag = UUID.randomUUID().toString().substring(0, 6);
        test(view.names.get("en")).setValue("Shamakhi " + tag);
        test(view.names.get("az")).setValue("Şamaxı " + tag);
        test(view.add).click();
        test(view.search).setValue("ŞAMAXI " + tag);
        assertThat(view.grid.getGenericDataView().getItems().map(p -> p.nameIn("fr"))).containsExactly("Shamakhi " + tag);

        test(view.names.get("en")).setValue("Paris");
        test(view.add).click();
        assertThat(view.names.get("en").isInvalid()).isTrue();
        assertThat(view.names.get("en").getErrorMessage()).isEqualTo("This name is already on the list.");
    }
}
