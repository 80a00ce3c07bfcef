package org.newsdesk.base.ui;

import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A route the role may not open: a "not allowed" page inside the newsroom shell, with a way back. */
@IntegrationTest
class NotAllowedViewTest extends NewsroomViewTest {

    @Test
    @WithUserDetails("writer")
    void aWriterOpeningTheAuditTrailSeesNotAllowedInsideTheNewsroom() {
        NotAllowedView view = navigate("admin/audit", NotAllowedView.class);
        assertThat(view.title.getText()).isEqualTo("Not allowed");
        assertThat(view.back.getHref()).isEqualTo("/newsroom/");
        assertThat(view.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Audit trail");
    }
}
