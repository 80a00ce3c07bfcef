package org.newsdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.Map;

/**
 * Grids that fit the screen in every language: cell text wraps instead of being cut, columns share
 * the width from a small base instead of sizing to their longest text, and columns that matter less
 * step aside on narrow screens (below the width given for them) rather than making the grid scroll
 * sideways. Columns not named keep their own sizing (e.g. a column of buttons).
 */
public final class FittingGrids {

    private FittingGrids() {
    }

    /**
     * @param flexible  column keys that share the width (flex weight), from a 5-rem base
     * @param hideBelow column keys → the window width (px) below which that column is hidden
     */
    public static void fit(Grid<?> grid, Map<String, Integer> flexible, Map<String, Integer> hideBelow) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("nd-fitting-grid");
        flexible.forEach((key, weight) -> {
            var column = grid.getColumnByKey(key);
            column.setAutoWidth(false);
            column.setWidth("5rem");
            column.setFlexGrow(weight);
        });
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                apply(grid, hideBelow, details.getWindowInnerWidth());
            } else {
                ui.getPage().retrieveExtendedClientDetails(d -> apply(grid, hideBelow, d.getWindowInnerWidth()));
            }
            var registration = ui.getPage().addBrowserWindowResizeListener(e -> apply(grid, hideBelow, e.getWidth()));
            grid.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    static void apply(Grid<?> grid, Map<String, Integer> hideBelow, int windowWidth) {
        hideBelow.forEach((key, min) -> grid.getColumnByKey(key).setVisible(windowWidth <= 0 || windowWidth >= min));
    }
}
