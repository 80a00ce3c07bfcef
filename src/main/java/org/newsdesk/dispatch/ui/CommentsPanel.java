package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.dispatch.DispatchComment;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.dispatch.DispatchValidationException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** The dispatch's comment thread and the box to add to it (writers and editors; the service decides). */
class CommentsPanel extends VerticalLayout {

    final VerticalLayout thread = new VerticalLayout();
    final TextArea newComment = new TextArea();

    private final DispatchService service;
    private final LongSupplier dispatchId;
    private final Consumer<String> error;

    /** @param dispatchId the dispatch shown, or -1 while it is new; @param error shows a refusal */
    CommentsPanel(DispatchService service, LongSupplier dispatchId, Consumer<String> error) {
        this.service = service;
        this.dispatchId = dispatchId;
        this.error = error;
        thread.setPadding(false);
        newComment.setLabel(getTranslation("dispatch.comments.new"));
        newComment.setWidthFull();
        var add = new Button(getTranslation("dispatch.comments.add"), e -> addComment());
        add(new H2(getTranslation("dispatch.comments")), thread, newComment, add);
        setPadding(false);
    }

    void show(List<DispatchComment> comments) {
        thread.removeAll();
        for (var c : comments) {
            var who = new Span(getTranslation("dispatch.comments.by", c.authorName(), StaffTime.time(c.at(), getLocale())));
            who.addClassName("nd-comment-meta");
            var box = new Div(who, new Paragraph(c.text()));
            box.addClassName("nd-comment");
            thread.add(box);
        }
    }

    void addComment() {
        long id = dispatchId.getAsLong();
        if (id < 0 || newComment.getValue().isBlank()) {
            return;
        }
        try {
            service.addComment(id, newComment.getValue());
            newComment.clear();
            show(service.comments(id));
        } catch (DispatchValidationException | AccessDeniedException e) {
            error.accept(getTranslation("dispatch.error.comment-not-allowed"));
        }
    }
}
