package org.newsdesk.base.ui;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as a staff member reads them: in their own time zone (the session's, see
 * {@link #setZone}), always naming that zone, with "in 12 min"-style relative time where it helps.
 * Instants are stored and compared in UTC; only display and entry use the zone.
 */
public final class StaffTime {

    private static final String ZONE = StaffTime.class.getName() + ".zone";

    private StaffTime() {
    }

    /** The staff member's zone for this session; the server's until the profile or browser tells. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE);
        return zone instanceof ZoneId z ? z : ZoneId.systemDefault();
    }

    public static void setZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZONE, zone);
    }

    /** The zone's name as shown beside times and pickers, e.g. "Asia/Baku", "UTC". */
    public static String zoneName(ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId().replace('_', ' ');
    }

    /** "01/03/2023, 14:00 Asia/Baku" in the staff member's zone and language. */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant)
                + " " + zoneName(zone);
    }

    /** "14:00 Asia/Baku". */
    public static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant)
                + " " + zoneName(zone);
    }

    /** "in 12 min", "3 hr ago", "now" — in the staff member's language (ICU's CLDR data). */
    public static String relative(Instant instant, Instant now, Locale locale) {
        var format = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale), null,
                RelativeDateTimeFormatter.Style.SHORT, DisplayContext.CAPITALIZATION_NONE);
        Duration d = Duration.between(now, instant);
        var direction = d.isNegative() ? RelativeDateTimeFormatter.Direction.LAST : RelativeDateTimeFormatter.Direction.NEXT;
        long minutes = Math.round(Math.abs(d.toSeconds()) / 60.0);
        if (minutes < 1) {
            return format.format(RelativeDateTimeFormatter.Direction.PLAIN, RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        }
        if (minutes < 60) {
            return format.format(minutes, direction, RelativeDateTimeFormatter.RelativeUnit.MINUTES);
        }
        if (minutes < 48 * 60) {
            return format.format(Math.round(minutes / 60.0), direction, RelativeDateTimeFormatter.RelativeUnit.HOURS);
        }
        return format.format(Math.round(minutes / 1440.0), direction, RelativeDateTimeFormatter.RelativeUnit.DAYS);
    }

    /** "01/03/2023, 14:00 Asia/Baku (in 12 min)". */
    public static String withRelative(Instant instant, Instant now, Locale locale) {
        if (instant == null) {
            return "";
        }
        return dateTime(instant, locale) + " (" + relative(instant, now, locale) + ")";
    }

    /**
     * The "Embargoed until …" badge while an embargo is still running, else null: an embargoed
     * dispatch must never look simply published.
     */
    public static Span embargoBadge(Instant embargoUntil, Instant now, String untilText) {
        if (embargoUntil == null || !embargoUntil.isAfter(now)) {
            return null;
        }
        var badge = new Span(untilText);
        badge.addClassNames("nd-badge", "nd-badge--embargo");
        badge.getElement().setAttribute("data-embargo", embargoUntil.toString());
        return badge;
    }
}
