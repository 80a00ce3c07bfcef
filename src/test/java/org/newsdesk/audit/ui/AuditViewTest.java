package org.newsdesk.audit.ui;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.audit.AuditEntry;
import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditViewTest extends NewsroomViewTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;


    @Test
    @WithUserDetails("admin")
    void adminFiltersTheTrailByActorAndAction() {
        String actor = "auditor-" + UUID.randomUUID().toString().substring(0, 6);
        audit.record(AuditEvent.of(null, actor, "ACCOUNT_UPDATED", "ACCOUNT", 1L, "someone", "roles: [WRITER] → [EDITOR]"));
        audit.record(AuditEvent.of(null, actor, "LOGIN", "ACCOUNT", 1L, "someone", "from 10.0.0.1"));

        AuditView view = navigate(AuditView.class);
        view.actor.setValue(actor);
        assertThat(view.grid.getLazyDataView().getItems().map(AuditEntry::action)).containsExactly("LOGIN", "ACCOUNT_UPDATED");
        view.action.setValue("ACCOUNT_UPDATED");
        assertThat(view.grid.getLazyDataView().getItems().map(AuditEntry::note)).containsExactly("roles: [WRITER] → [EDITOR]");
        view.from.setValue(java.time.LocalDateTime.now().plusDays(1));
        assertThat(view.grid.getLazyDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void editorsCannotOpenIt() {
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminVerifiesTheChainAndSeesWhereItBreaks() {
        var recorded = audit.record(AuditEvent.of(null, "chain-check", "LOGIN", "ACCOUNT", 1L, "someone", "from 10.0.0.2"));
        AuditView view = navigate(AuditView.class);
        test(view.verify).click();
        assertThat(view.chainResult.getText()).startsWith("The chain is intact: ");

        // Someone edits a row behind the application's back.
        jdbc.sql("UPDATE audit_entry SET note = 'from 10.6.6.6' WHERE id = :id").param("id", recorded.id()).update();
        try {
            test(view.verify).click();
            assertThat(view.chainResult.getText()).startsWith("The chain breaks at entry #" + recorded.id())
                    .contains("chain-check", "Logged in");
            assertThat(view.chainResult.getElement().getAttribute("data-intact")).isEqualTo("false");
        } finally {
            jdbc.sql("UPDATE audit_entry SET note = 'from 10.0.0.2' WHERE id = :id").param("id", recorded.id()).update();
        }
        test(view.verify).click();
        assertThat(view.chainResult.getText()).startsWith("The chain is intact: ");
    }
}
