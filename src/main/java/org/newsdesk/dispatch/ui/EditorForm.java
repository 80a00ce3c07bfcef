package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.newsdesk.base.i18n.LocaleText;
import org.newsdesk.base.ui.LocalizedPickers;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.place.Places;
import org.newsdesk.section.SectionLabel;
import org.newsdesk.text.AgencyProperties;
import org.newsdesk.text.Dateline;
import org.newsdesk.text.DatelineFormatter;
import org.newsdesk.text.MarkdownRenderer;

import java.util.List;
import java.util.Locale;

/**
 * The editor's form: the dispatch's fields with messages beside each, and the live preview of
 * headline, dateline, lead and body as readers will see them. The view places {@link #columns}
 * (text and preview) and {@link #meta} (the other fields); it learns of typing through the
 * {@code changedByUser} callback.
 */
class EditorForm {

    /** How soon typed text reaches the server. */
    static final int SYNC_MILLIS = 400;

    final TextField headline = new TextField();
    final TextField slugline = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    /** A listed place (named in the dispatch's language) or any other text. */
    final ComboBox<String> datelinePlace = new ComboBox<>();
    final DatePicker datelineDate = new DatePicker();
    final Span datelinePreview = new Span();
    final TextField byline = new TextField();
    final TextArea lead = new TextArea();
    final TextArea body = new TextArea();
    /** The body, rendered; with the headline, dateline and lead it makes the preview as readers see it. */
    final Div preview = new Div();
    final H2 previewHeadline = new H2();
    final Paragraph previewLead = new Paragraph();
    final Div previewBox = new Div();
    final ComboBox<SectionLabel> section = new ComboBox<>();
    final TextField keywords = new TextField();
    final IntegerField urgency = new IntegerField();
    final TextField slug = new TextField();
    final VerticalLayout previewColumn;
    /** Headline, lead and body beside the preview. */
    final FlexLayout columns;
    final FormLayout meta;

    private final Places places;
    private final AgencyProperties agency;
    private final List<SectionLabel> sections;
    /** True while the form is filled from the server: that is not the user typing. */
    private boolean loading;

    EditorForm(Places places, AgencyProperties agency, List<SectionLabel> sections, Runnable changedByUser) {
        this.places = places;
        this.agency = agency;
        this.sections = sections;
        headline.setLabel(t("dispatch.headline"));
        headline.setMaxLength(DispatchDraft.HEADLINE_MAX);
        headline.setRequiredIndicatorVisible(true);
        headline.setWidthFull();
        slugline.setLabel(t("dispatch.slugline"));
        slugline.setMaxLength(64);
        language.setLabel(t("dispatch.language"));
        language.setItems(DispatchListView.LANGUAGES);
        // Languages by name ("Français"); any other BCP 47 tag may still be typed.
        language.setItemLabelGenerator(tag -> LocaleText.nativeName(Locale.forLanguageTag(tag)));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
        language.setRequiredIndicatorVisible(true);
        datelinePlace.setLabel(t("dispatch.dateline-place"));
        datelinePlace.setHelperText(t("dispatch.dateline-place.help"));
        datelinePlace.setAllowCustomValue(true);
        datelinePlace.addCustomValueSetListener(e -> datelinePlace.setValue(e.getDetail()));
        datelinePlace.setItems(places.namesIn(nz(language.getValue())));
        datelineDate.setLabel(t("dispatch.dateline-date"));
        LocalizedPickers.localize(datelineDate);
        datelinePreview.addClassName("nd-dateline-preview");
        byline.setLabel(t("dispatch.byline"));
        lead.setLabel(t("dispatch.lead"));
        lead.setWidthFull();
        body.setLabel(t("dispatch.body"));
        body.setHelperText(t("dispatch.body.help"));
        body.setMaxLength(DispatchDraft.BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        body.setWidthFull();
        body.setMinHeight("16rem");
        preview.addClassName("nd-preview-body");
        previewHeadline.addClassName("nd-preview-headline");
        previewLead.addClassName("nd-preview-lead");
        previewBox.add(previewHeadline, datelinePreview, previewLead, preview);
        previewBox.addClassName("nd-preview");
        previewBox.getElement().setAttribute("aria-label", t("dispatch.preview"));
        section.setLabel(t("dispatch.section"));
        section.setItems(sections);
        section.setItemLabelGenerator(SectionLabel::label);
        keywords.setLabel(t("dispatch.keywords"));
        urgency.setLabel(t("dispatch.urgency"));
        urgency.setMin(1);
        urgency.setMax(9);
        urgency.setStepButtonsVisible(true);
        urgency.setHelperText(t("dispatch.urgency.help"));
        slug.setLabel(t("dispatch.slug"));
        slug.setHelperText(t("dispatch.slug.help"));

        meta = new FormLayout(slugline, language, datelinePlace, datelineDate, byline, section, keywords, urgency, slug);
        var editorColumn = new VerticalLayout(headline, lead, body);
        editorColumn.setPadding(false);
        previewColumn = new VerticalLayout(new H2(t("dispatch.preview")), previewBox);
        previewColumn.setPadding(false);
        columns = new FlexLayout(editorColumn, previewColumn);
        columns.addClassName("nd-editor-columns");

        // Typed text reaches the server shortly after each pause; autosave follows a little later.
        for (var field : List.of(headline, slugline, byline, keywords, slug)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(SYNC_MILLIS);
        }
        for (var field : List.of(lead, body)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(SYNC_MILLIS);
        }
        body.addValueChangeListener(e -> updatePreview());
        headline.addValueChangeListener(e -> updatePreview());
        lead.addValueChangeListener(e -> updatePreview());
        datelinePlace.addValueChangeListener(e -> updatePreview());
        datelineDate.addValueChangeListener(e -> updatePreview());
        language.addValueChangeListener(e -> {
            placesInLanguage();
            updatePreview();
        });
        for (var field : fields()) {
            field.addValueChangeListener(e -> {
                if (!loading && e.isFromClient()) {
                    changedByUser.run();
                }
            });
        }
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(headline, slugline, language, datelinePlace, datelineDate, byline, lead, body, section, keywords,
                urgency, slug);
    }

    /** Shows a stored (or new) draft; not a change by the user. */
    void fill(DispatchDraft d) {
        loading = true;
        try {
            headline.setValue(nz(d.headline()));
            slugline.setValue(nz(d.slugline()));
            language.setValue(d.language());
            datelinePlace.setValue(d.dateline() == null ? null : d.dateline().place());
            datelineDate.setValue(d.dateline() == null ? null : d.dateline().date());
            byline.setValue(nz(d.byline()));
            lead.setValue(nz(d.lead()));
            body.setValue(nz(d.body()));
            section.setValue(sections.stream().filter(s -> s.code().equals(d.sectionCode())).findFirst().orElse(null));
            keywords.setValue(nz(d.keywords()));
            urgency.setValue(d.urgency());
            slug.setValue(nz(d.slug()));
            updatePreview();
        } finally {
            loading = false;
        }
    }

    /** What the form holds now. */
    DispatchDraft draft() {
        String place = datelinePlace.getValue();
        Dateline dateline = place == null || place.isBlank() ? null
                : new Dateline(places.localize(place, language.getValue()), datelineDate.getValue());
        return new DispatchDraft(language.getValue(), headline.getValue(), slugline.getValue(), dateline, byline.getValue(),
                lead.getValue(), body.getValue(), section.getValue() == null ? null : section.getValue().code(),
                keywords.getValue(), urgency.getValue() == null ? 0 : urgency.getValue(), slug.getValue());
    }

    void updatePreview() {
        preview.removeAll();
        preview.getElement().setProperty("innerHTML", MarkdownRenderer.toSafeHtml(body.getValue()));
        previewHeadline.setText(nz(headline.getValue()));
        previewLead.setText(nz(lead.getValue()));
        previewLead.setVisible(!nz(lead.getValue()).isBlank());
        String place = datelinePlace.getValue();
        String lang = nz(language.getValue());
        datelinePreview.setText(place == null || place.isBlank() ? ""
                : DatelineFormatter.format(new Dateline(places.localize(place, lang), datelineDate.getValue()), lang,
                agency.nameFor(lang)));
    }

    /** The place list in the dispatch's language; a listed place already chosen takes its name in it. */
    private void placesInLanguage() {
        String lang = nz(language.getValue());
        String current = datelinePlace.getValue();
        datelinePlace.setItems(places.namesIn(lang));
        datelinePlace.setValue(current == null || current.isBlank() ? null : places.localize(current, lang));
    }

    /** Marks the field the service named; false when no field of the form has that name. */
    boolean markInvalid(String field, String message) {
        HasValidation target = switch (field) {
            case "headline" -> headline;
            case "body" -> body;
            case "language" -> language;
            case "urgency" -> urgency;
            case "sectionCode" -> section;
            case "slug" -> slug;
            case "slugline" -> slugline;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(headline, body, language, urgency, section, slug, slugline)) {
            f.setInvalid(false);
        }
    }

    /** Writable or read-only; the slug has its own rule ({@link #freezeSlug}). */
    void setEditable(boolean editable) {
        for (var f : fields()) {
            if (f != slug) {
                f.setReadOnly(!editable);
            }
        }
    }

    /** The slug is frozen once the dispatch was first published: its URL stays. */
    void freezeSlug(boolean frozen) {
        slug.setReadOnly(frozen);
    }

    /** Alt+Shift+P: more room to write, or the preview back. */
    void togglePreview() {
        previewColumn.setVisible(!previewColumn.isVisible());
    }

    /** Headline, lead and body as plain text, to keep beside the form when the form must show something else. */
    static String asText(DispatchDraft d) {
        return d.headline() + "\n\n" + nz(d.lead()) + "\n\n" + nz(d.body());
    }

    private String t(String key) {
        return headline.getTranslation(key);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
