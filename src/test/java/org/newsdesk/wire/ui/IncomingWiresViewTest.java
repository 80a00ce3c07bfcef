package org.newsdesk.wire.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import org.newsdesk.base.ui.DiffTable;
import org.newsdesk.base.ui.MainLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.wire.IncomingWires;
import org.newsdesk.wire.PartnerServer;
import org.newsdesk.wire.WireItem;
import org.newsdesk.wire.WireKind;
import org.newsdesk.wire.WireSource;
import org.newsdesk.wire.Wires;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.support.Unique.marker;

/** The desk's "Incoming wires" list, without a browser: filter, read, Use, and an update arriving by push. */
@IntegrationTest
class IncomingWiresViewTest extends NewsroomViewTest {

    @TempDir
    static Path dir;
    static PartnerServer partner;

    @Autowired
    Wires wires;
    @Autowired
    IncomingWires incoming;
    @Autowired
    DispatchService dispatches;

    @BeforeAll
    static void start() {
        partner = new PartnerServer(dir);
    }

    @AfterAll
    static void stop() {
        partner.close();
    }

    static String item(String uri, String headline, String body, int urgency) {
        return """
                {"uri":"%s","version":"1","language":"fr","urgency":%d,"located":"Gandja","by":"Rauf Mammadov",
                 "copyrightHolder":"Partner Agency","altIds":[{"role":"url","value":"https://partner.example/%s"}],
                 "headlines":[{"role":"main","value":"%s"}],
                 "descriptions":[{"role":"summary","value":"Un chapeau."}],
                 "bodies":[{"role":"main","contentType":"text/html","value":"%s"}]}""".formatted(uri, urgency, uri, headline, body);
    }

    List<WireItem> rows(IncomingWiresView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("writer")
    void aWriterFiltersUsesAnItemAndSeesAnUpdateArriveByPush() {
        String word = marker();
        String uri = "urn:partner:" + marker();
        String f = marker() + ".json";
        partner.write(f, "[" + item(uri, "Récolte record " + word, "<p>Le <b>coton</b> abonde.</p>", 2) + ","
                + item("urn:partner:" + marker(), "Autre sujet " + word, "<p>Autre.</p>", 6) + "]");
        WireSource source = wires.source(partner.url(f), WireKind.NINJS);
        wires.poll(source);

        IncomingWiresView view = navigate(IncomingWiresView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Incoming wires");
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).contains("Incoming wires");

        test(view.words).setValue(word);
        assertThat(rows(view)).extracting(WireItem::headline).containsExactlyInAnyOrder("Récolte record " + word, "Autre sujet " + word);
        view.urgency.setValue(3);
        assertThat(rows(view)).extracting(WireItem::headline).containsExactly("Récolte record " + word);
        assertThat(view.status(rows(view).getFirst())).isEqualTo("New");

        view.grid.select(rows(view).getFirst());
        assertThat(view.preview.getElement().getTextRecursively()).contains("Gandja").contains("Rauf Mammadov · Partner Agency");
        assertThat(view.preview.getChildren().filter(Html.class::isInstance).map(h -> ((Html) h).getInnerHtml().strip()))
                .containsExactly("<p>Le <strong>coton</strong> abonde.</p>");
        test(view.use).click();

        WireItem used = incoming.get(rows(view).isEmpty() ? -1 : rows(view).getFirst().id());
        assertThat(used.usedDispatchId()).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dispatch/" + used.usedDispatchId());
        var draft = dispatches.get(used.usedDispatchId());
        assertThat(draft.draft().byline()).isEqualTo("Rauf Mammadov, avec Partner Agency");
        assertThat(draft.draft().body()).isEqualTo("Le **coton** abonde.");
        assertThat(draft.draft().dateline().place()).isEqualTo("Gandja");
        assertThat(dispatches.comments(draft.id())).anySatisfy(c -> assertThat(c.text()).contains("https://partner.example/" + uri));

        // Back on the list: the partner sends a new version; the open list hears it and flags the used item.
        view = navigate(IncomingWiresView.class);
        test(view.words).setValue(word);
        view.urgency.setValue(3);
        assertThat(view.status(rows(view).getFirst())).isEqualTo("Used");
        partner.write(f, "[" + item(uri, "Récolte record " + word + " (mise à jour)", "<p>Le coton abonde encore.</p>", 2) + "]");
        wires.poll(source);
        UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());
        WireItem updated = rows(view).getFirst();
        assertThat(updated.headline()).endsWith("(mise à jour)");
        assertThat(view.status(updated)).isEqualTo("Updated since use (version 1 used)");

        // Whoever used it is told: a count on the menu entry, an alert, and the list's "changed since you used them".
        MainLayout shell = view.findAncestor(MainLayout.class);
        assertThat(shell.badge("wires")).isGreaterThanOrEqualTo(1);
        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively())
                .contains("Récolte record " + word + " (mise à jour)").contains("version 2 (you used version 1)"));
        assertThat(view.changed.isVisible()).isTrue();
        var entry = find(Button.class).from(view.changed).all().stream()
                .filter(b -> b.getText().startsWith("Récolte record " + word)).findFirst().orElseThrow();
        int count = shell.badge("wires");
        test(entry).click();
        assertThat(view.preview.getElement().getTextRecursively()).contains("Changes since version 1, which you used, to version 2")
                .contains("Open your draft");
        var diff = find(DiffTable.class).from(view.preview).single();
        assertThat(diff.getElement().getOuterHTML()).contains("<ins>").contains("encore");
        assertThat(shell.badge("wires")).as("seen once shown").isEqualTo(count - 1);
        assertThat(view.changed.getElement().getTextRecursively()).doesNotContain("Récolte record " + word);
    }
}
