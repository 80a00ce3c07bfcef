package org.newsdesk.wire.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.wire.PartnerServer;
import org.newsdesk.wire.WireKind;
import org.newsdesk.wire.WireSource;
import org.newsdesk.wire.WireSources;
import org.newsdesk.wire.Wires;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.support.Unique.marker;
import static org.newsdesk.support.Unique.unique;

/** The administrators' wire sources view, without a browser: add, errors on fields, token hint, health, remove. */
@IntegrationTest
class WireSourcesViewTest extends NewsroomViewTest {

    @TempDir
    static Path dir;
    static PartnerServer partner;

    @Autowired
    Wires wires;
    @Autowired
    WireSources sources;

    @BeforeAll
    static void start() {
        partner = new PartnerServer(dir);
    }

    @AfterAll
    static void stop() {
        partner.close();
    }

    WireSource row(WireSourcesView view, String name) {
        return view.grid.getListDataView().getItems().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void adminAddsASourceSeesItsHealthAndTheTokenNeverComesBack() {
        var view = navigate(WireSourcesView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Wire sources");
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).contains("Wire sources");
        String name = unique("Partner");
        String file = marker() + ".xml";
        partner.write(file, "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta>");

        var dialog = view.openForm(null);
        roundTrip();
        test(dialog.name).setValue(name);
        test(dialog.url).setValue("javascript:alert(1)");
        dialog.kind.setValue(WireKind.NEWSML);
        test(dialog.token).setValue("partner-secret-0123456789");
        test(dialog.save).click();
        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.url).setValue(partner.url(file));
        dialog.minutes.setValue(0);
        test(dialog.save).click();
        assertThat(dialog.minutes.getErrorMessage()).isEqualTo("The interval is between 1 minute and 24 hours.");
        dialog.minutes.setValue(10);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();

        WireSource added = row(view, name);
        assertThat(added.kind()).isEqualTo(WireKind.NEWSML);
        assertThat(added.pollInterval().toMinutes()).isEqualTo(10);
        assertThat(view.health(added)).isEqualTo("Not polled yet");
        assertThat(view.grid.getColumnByKey("token")).isNotNull();
        assertThat(added.tokenHint()).isNotBlank();
        assertThat("partner-secret-0123456789").startsWith(added.tokenHint()).isNotEqualTo(added.tokenHint());

        // The partner serves broken XML: the error shows on the source, in words.
        wires.poll(added);
        view.refresh();
        assertThat(view.health(row(view, name))).startsWith("Error: malformed XML (").contains("1 failed in a row");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        assertThat(view.health(row(view, name))).startsWith("Erreur : XML mal formé (").contains("1 échec(s) de suite");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(partner.authorizations.get(file)).isEqualTo("Bearer partner-secret-0123456789");

        // Editing without typing a token keeps it; the dialog says which one is stored, never the whole.
        var edit = view.openForm(row(view, name));
        roundTrip();
        assertThat(edit.token.getValue()).isEmpty();
        assertThat(edit.token.getHelperText()).contains(added.tokenHint() + "…").doesNotContain("partner-secret-0123456789");
        partner.write(file, "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:" + marker()
                + "\"><contentMeta><headline>Fine now</headline></contentMeta></newsItem>");
        test(edit.save).click();
        wires.poll(row(view, name));
        view.refresh();
        assertThat(view.health(row(view, name))).startsWith("OK · last success");
        assertThat(row(view, name).itemsTaken()).isEqualTo(1);
        assertThat(partner.authorizations.get(file)).isEqualTo("Bearer partner-secret-0123456789");

        var confirm = view.confirmDelete(row(view, name));
        roundTrip();
        test(confirm).confirm();
        assertThat(view.grid.getListDataView().getItems()).noneMatch(s -> s.name().equals(name));
    }

    @Test
    @WithUserDetails("editor")
    void theDeskCannotOpenTheSourcesView() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate(WireSourcesView.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
