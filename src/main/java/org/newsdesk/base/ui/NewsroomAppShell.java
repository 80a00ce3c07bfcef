package org.newsdesk.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The newsroom's HTML shell. Styles are plain CSS from the project's {@code frontend/} folder,
 * so no frontend bundle is ever built.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/newsroom.css")
@Meta(name = "robots", content = "noindex, nofollow")
@Push
public class NewsroomAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Newsdesk");
        settings.addFavIcon("icon", "/icons/newsdesk.svg", "any");
    }
}
