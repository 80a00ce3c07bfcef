package org.newsdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A newsroom page the user's role may not open: said plainly, inside the newsroom shell, with HTTP
 * 403 and a way back — in development and production mode alike (Vaadin's default would answer
 * "Could not navigate", listing routes in development). Logged-out users still go to the login.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle,
        MainLayout.HasViewTitle {

    final H1 title = new H1();
    final Anchor back = new Anchor();

    NotAllowedView() {
        addClassName("nd-not-allowed");
        title.setText(getTranslation("newsroom.not-allowed.title"));
        back.setHref("/newsroom/");
        back.setText(getTranslation("newsroom.not-allowed.back"));
        add(title, new Paragraph(getTranslation("newsroom.not-allowed.text")), back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return 403;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsroom.not-allowed.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("newsroom.not-allowed.title");
    }
}
