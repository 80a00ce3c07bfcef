package org.newsdesk.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No English left in the other languages (issue 11.9): audit actions and states by name, languages
 * by name, and the two inputs of a date-time picker with labels of their own.
 */
@IntegrationTest
class NoEnglishLeftTest extends NewsroomViewTest {

    static final Locale AZ = Locale.forLanguageTag("az");

    @Autowired
    AuditTrail audit;

    void inAzerbaijani() {
        UI.getCurrent().getSession().setLocale(AZ);
        UI.getCurrent().setLocale(AZ);
    }

    @Test
    @WithUserDetails("admin")
    void theAuditTrailNamesActionsAndStatesInTheStaffMembersLanguage() {
        String actor = "az-" + UUID.randomUUID().toString().substring(0, 6);
        audit.record(new AuditEvent(null, actor, "DISPATCH_SCHEDULE", "DISPATCH", 1L, "Xəbər", "SUBMITTED", "SCHEDULED", null));
        inAzerbaijani();
        navigate("admin/audit", Component.class);
        @SuppressWarnings("unchecked")
        Grid<org.newsdesk.audit.AuditEntry> grid = find(Grid.class).single();
        find(com.vaadin.flow.component.textfield.TextField.class).first().setValue(actor);
        var g = test(grid);
        assertThat(g.getCellText(0, 2)).isEqualTo("Planlaşdırıldı");
        assertThat(g.getCellText(0, 4)).isEqualTo("Təqdim olunub → Planlaşdırılıb");
        @SuppressWarnings("unchecked")
        ComboBox<String> action = find(ComboBox.class).first();
        assertThat(action.getItemLabelGenerator().apply("DISPATCH_PUBLISH")).isEqualTo("Dərc olundu");
        var from = find(DateTimePicker.class).first();
        assertThat(from.getDateAriaLabel()).isNotEqualTo(from.getTimeAriaLabel());
        assertThat(from.getDateAriaLabel()).get().asString().endsWith("tarix");
        assertThat(from.getHelperText()).startsWith("Vaxt qurşağı: ");
    }

    @Test
    @WithUserDetails("editor")
    void languagesAppearByNameInTheEditorAndTheList() {
        inAzerbaijani();
        navigate("dispatch/new", Component.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> language = find(ComboBox.class).all().stream()
                .filter(c -> "Dil".equals(c.getLabel())).findFirst().orElseThrow();
        assertThat(language.getItemLabelGenerator().apply("fr")).isEqualTo("Français");
        assertThat(language.getItemLabelGenerator().apply("ru")).isEqualTo("Русский");

        navigate("dispatches", Component.class);
        @SuppressWarnings("unchecked")
        Grid<org.newsdesk.dispatch.DispatchRow> grid = find(Grid.class).single();
        var g = test(grid);
        int column = g.getColumnPosition("language");
        for (int row = 0; row < Math.min(3, g.size()); row++) {
            assertThat(g.getCellText(row, column)).doesNotMatch("[a-z]{2}");
        }
    }
}
