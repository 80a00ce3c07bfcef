package org.newsdesk.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Vaadin's grid connector labels each sort button "Sort by …" in English, whatever the UI language;
 * this relabels them in the staff member's language, also when the grid renders its headers again.
 */
public final class LocalizedGrids {

    private LocalizedGrids() {
    }

    public static void localize(Grid<?> grid) {
        String pattern = grid.getTranslation("grid.sort-by", "\u0000");
        grid.getElement().executeJs("""
                const grid = this, pattern = $0;
                const relabel = () => grid.querySelectorAll('vaadin-grid-sorter').forEach(s => {
                  const label = s.textContent.trim();
                  const wanted = pattern.replace('\\u0000', label);
                  if (label && s.getAttribute('aria-label') !== wanted) s.setAttribute('aria-label', wanted);
                });
                relabel();
                new MutationObserver(relabel).observe(grid, {subtree: true, childList: true, attributes: true,
                    attributeFilter: ['aria-label']});""", pattern);
    }
}
