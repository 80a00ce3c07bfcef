package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.dispatch.DiffLine;

import java.util.List;
import java.util.Locale;

/** Side-by-side differences; both sides are escaped HTML from java-diff-utils with ins/del marks. */
class DiffTable extends Div {

    DiffTable(List<DiffLine> lines, String leftTitle, String rightTitle) {
        addClassName("nd-diff");
        var head = new Div(new Span(""), new Span(leftTitle), new Span(rightTitle));
        head.addClassName("nd-diff-head");
        add(head);
        boolean any = false;
        for (DiffLine line : lines) {
            if (line.kind() == DiffLine.Kind.EQUAL && !"headline".equals(line.field())) {
                continue;
            }
            any = true;
            var field = new Span(getTranslation("dispatch.field." + line.field()));
            var left = new Span();
            left.getElement().setProperty("innerHTML", line.oldHtml());
            var right = new Span();
            right.getElement().setProperty("innerHTML", line.newHtml());
            var row = new Div(field, left, right);
            row.addClassNames("nd-diff-row", "nd-diff-" + line.kind().name().toLowerCase(Locale.ROOT));
            add(row);
        }
        if (!any) {
            add(new Span(getTranslation("dispatch.diff.none")));
        }
    }
}
