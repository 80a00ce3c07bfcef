package org.newsdesk.picture.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.newsdesk.base.ui.SecuredPush;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchValidationException;
import org.newsdesk.dispatch.ui.EditorPart;
import org.newsdesk.picture.DispatchPicture;
import org.newsdesk.picture.PictureEdit;
import org.newsdesk.picture.PictureProperties;
import org.newsdesk.picture.PictureRejectedException;
import org.newsdesk.picture.Pictures;
import org.newsdesk.picture.UploadOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Scope;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editor's pictures: upload several at once (progress in the upload's own list; each file checked on
 * its own, so one bad file costs only itself), fields prefilled from the photo's metadata, caption and alt
 * text in the dispatch's language, credits, and the order — the first picture is the lead.
 */
@SpringComponent
@Scope("prototype")
class PicturesPanel extends VerticalLayout implements EditorPart {

    private static final Logger log = LoggerFactory.getLogger(PicturesPanel.class);

    final Paragraph hint = new Paragraph();
    /** Built when first offered: read-only editors (a colleague holds the lock, a published story) never need it. */
    Upload upload;
    final Div cards = new Div();
    final List<Card> shown = new ArrayList<>();

    private final Pictures pictures;
    private final long maxBytes;
    private DispatchDetails dispatch;
    private boolean editable;

    PicturesPanel(Pictures pictures, PictureProperties properties) {
        this.pictures = pictures;
        this.maxBytes = properties.maxUploadSize().toBytes();
        addClassName("nd-pictures");
        setPadding(false);
        setWidthFull();
        H2 title = new H2(getTranslation("picture.panel.title"));
        cards.addClassName("nd-picture-cards");
        cards.setWidthFull();
        add(title, hint, cards);
        show(null, false);
    }

    /** Whether the upload is offered now. */
    boolean offersUpload() {
        return upload != null && upload.isVisible();
    }

    private void offerUpload(boolean offered) {
        if (offered && upload == null) {
            upload = new Upload(new Receiver());
            upload.setMaxFiles(20);
            upload.setAcceptedFileTypes("image/*", ".jpg", ".jpeg", ".png", ".webp");
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
            upload.setDropLabel(new Span(getTranslation("picture.upload.drop")));
            upload.setUploadButton(new Button(getTranslation("picture.upload.button")));
            upload.addFileRejectedListener(e -> say(getTranslation("picture.error.upload-failed", e.getFileName(),
                    getTranslation("picture.error.too-large", "?", megabytes(maxBytes))), true));
            upload.addAllFinishedListener(e -> upload.clearFileList());
            addComponentAtIndex(indexOf(hint) + 1, upload);
        }
        if (upload != null) {
            upload.setVisible(offered);
        }
    }

    @Override
    public void show(DispatchDetails dispatch, boolean editable) {
        this.dispatch = dispatch;
        this.editable = editable;
        offerUpload(dispatch != null && editable);
        refresh(dispatch == null ? List.of() : pictures.ofDispatch(dispatch.id()));
    }

    /** One file received: checked and stored, or refused with its reason; either way the others go on. */
    void receive(String fileName, byte[] bytes) {
        try {
            UploadOutcome outcome = pictures.upload(dispatch.id(), fileName, bytes);
            say(getTranslation(outcome.reused() ? "picture.upload.reused" : "picture.upload.added", fileName), false);
        } catch (PictureRejectedException e) {
            say(getTranslation("picture.error.upload-failed", fileName, getTranslation(e.messageKey(), e.args())), true);
        }
        refresh(pictures.ofDispatch(dispatch.id()));
    }

    private void refresh(List<DispatchPicture> list) {
        cards.removeAll();
        shown.clear();
        if (dispatch == null) {
            hint.setText(getTranslation("picture.panel.save-first"));
        } else {
            hint.setText(list.isEmpty() ? getTranslation("picture.panel.none") : "");
        }
        hint.setVisible(!hint.getText().isEmpty());
        for (int i = 0; i < list.size(); i++) {
            Card card = new Card(list.get(i), i, list.size());
            shown.add(card);
            cards.add(card);
        }
    }

    private void say(String text, boolean error) {
        Notification n = Notification.show(text, error ? 8000 : 3000, Notification.Position.BOTTOM_START);
        if (error) {
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    /** One picture: its thumbnail, what it is, its fields and where it stands. */
    final class Card extends FlexLayout {

        final DispatchPicture picture;
        final TextArea caption = new TextArea();
        final TextField altText = new TextField();
        final TextField creator = new TextField();
        final TextField credit = new TextField();
        final TextField copyright = new TextField();
        final Button save = new Button(getTranslation("picture.save"));
        final Button makeLead = new Button(getTranslation("picture.make-lead"));
        final Button up = new Button(getTranslation("picture.move-up"));
        final Button down = new Button(getTranslation("picture.move-down"));
        final Button remove = new Button(getTranslation("picture.remove"));

        Card(DispatchPicture p, int index, int count) {
            this.picture = p;
            addClassName("nd-picture-card");
            getElement().setAttribute("data-picture", String.valueOf(p.pictureId()));
            setFlexWrap(FlexWrap.WRAP);
            String language = p.language().toUpperCase(Locale.ROOT);
            VerticalLayout about = new VerticalLayout();
            about.setPadding(false);
            about.setWidth("14rem");
            if (p.thumbKey() != null) {
                Image thumb = new Image(DownloadHandler.fromInputStream(event -> {
                    InputStream in = pictures.open(p.thumbKey()).orElse(null);
                    return in == null ? DownloadResponse.error(404) : new DownloadResponse(in, p.thumbKey(), "image/jpeg", -1);
                }), p.hasAltText() ? p.altText() : "");
                thumb.setWidth("12rem");
                about.add(thumb);
            }
            Span name = new Span(getTranslation("picture.name", index + 1) + (p.originalName() == null ? "" : " · " + p.originalName()));
            Span size = new Span(p.width() + " × " + p.height());
            about.add(name, size);
            if (p.lead()) {
                Span badge = new Span(getTranslation("picture.lead"));
                badge.addClassNames("nd-badge", "nd-badge--on");
                about.add(badge);
            }
            if (p.takenOn() != null || p.city() != null || p.country() != null) {
                List<String> where = new ArrayList<>();
                if (p.takenOn() != null) {
                    where.add(getTranslation("picture.taken", p.takenOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(getLocale()))));
                }
                if (p.city() != null) {
                    where.add(p.city());
                }
                if (p.country() != null) {
                    where.add(p.country());
                }
                about.add(new Span(String.join(" · ", where)));
            }

            caption.setLabel(getTranslation("picture.caption", language));
            caption.setValue(p.caption() == null ? "" : p.caption());
            caption.setWidthFull();
            altText.setLabel(getTranslation("picture.alt", language));
            altText.setHelperText(getTranslation("picture.alt.helper"));
            altText.setRequiredIndicatorVisible(true);
            altText.setMaxLength(500);
            altText.setValue(p.altText() == null ? "" : p.altText());
            altText.setWidthFull();
            altText.setInvalid(!p.hasAltText());
            creator.setLabel(getTranslation("picture.creator"));
            creator.setValue(p.creator() == null ? "" : p.creator());
            credit.setLabel(getTranslation("picture.credit"));
            credit.setValue(p.credit() == null ? "" : p.credit());
            copyright.setLabel(getTranslation("picture.copyright"));
            copyright.setValue(p.copyright() == null ? "" : p.copyright());
            HorizontalLayout credits = new HorizontalLayout(creator, credit, copyright);
            credits.setWrap(true);

            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> act(() -> {
                pictures.update(dispatch.id(), p.pictureId(), new PictureEdit(caption.getValue(), altText.getValue(),
                        creator.getValue(), credit.getValue(), copyright.getValue()));
                say(getTranslation("picture.saved"), false);
                return pictures.ofDispatch(dispatch.id());
            }));
            makeLead.addClickListener(e -> act(() -> pictures.reorder(dispatch.id(), List.of(p.pictureId()))));
            up.addClickListener(e -> act(() -> pictures.reorder(dispatch.id(), moved(index, index - 1))));
            down.addClickListener(e -> act(() -> pictures.reorder(dispatch.id(), moved(index, index + 1))));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> act(() -> {
                var left = pictures.detach(dispatch.id(), p.pictureId());
                say(getTranslation("picture.removed"), false);
                return left;
            }));
            makeLead.setVisible(index > 0);
            up.setVisible(index > 0);
            down.setVisible(index < count - 1);
            HorizontalLayout buttons = new HorizontalLayout(save, makeLead, up, down, remove);
            buttons.setWrap(true);

            VerticalLayout fields = new VerticalLayout(caption, altText, credits, buttons);
            fields.setPadding(false);
            fields.getStyle().set("flex", "1 1 24rem");
            for (var f : List.of(caption, altText, creator, credit, copyright)) {
                ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(!editable);
            }
            buttons.setVisible(editable);
            add(about, fields);
        }

        private List<Long> moved(int from, int to) {
            List<Long> ids = new ArrayList<>(shown.stream().map(c -> c.picture.pictureId()).toList());
            ids.add(to, ids.remove(from));
            return ids;
        }
    }

    private void act(java.util.function.Supplier<List<DispatchPicture>> action) {
        try {
            refresh(action.get());
        } catch (DispatchValidationException e) {
            e.errors().forEach((field, key) -> say(getTranslation(key, e.args(field)), true));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            say(getTranslation("workflow.error.not-allowed"), true);
            refresh(pictures.ofDispatch(dispatch.id()));
        }
    }

    /**
     * Reads each file itself, so that a file over the limit is refused after at most limit + 1 bytes, whatever
     * the browser claimed, and one file's failure is reported without touching the rest of the batch.
     */
    private final class Receiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String fileName = event.getFileName();
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                String reason = getTranslation("picture.error.too-large", "> " + megabytes(maxBytes), megabytes(maxBytes));
                event.reject(reason);
                SecuredPush.asCurrentUser(ui, () -> say(getTranslation("picture.error.upload-failed", fileName, reason), true)).run();
                return;
            }
            // Checked, decoded and rendered here, in the upload's own request (as its user), not under the UI lock.
            String outcome;
            boolean failed;
            try {
                UploadOutcome done = pictures.upload(dispatch.id(), fileName, bytes);
                outcome = getTranslation(done.reused() ? "picture.upload.reused" : "picture.upload.added", fileName);
                failed = false;
            } catch (PictureRejectedException e) {
                outcome = getTranslation("picture.error.upload-failed", fileName, getTranslation(e.messageKey(), e.args()));
                failed = true;
                event.reject(getTranslation(e.messageKey(), e.args()));
            } catch (RuntimeException e) {
                log.warn("Upload of {} failed: {}", fileName, e.toString());
                outcome = getTranslation("picture.error.upload-failed", fileName, getTranslation("picture.error.damaged"));
                failed = true;
                event.reject(outcome);
            }
            String message = outcome;
            boolean error = failed;
            SecuredPush.asCurrentUser(ui, () -> {
                say(message, error);
                refresh(pictures.ofDispatch(dispatch.id()));
            }).run();
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }
    }
}
