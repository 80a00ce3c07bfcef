package org.newsdesk.base.ui;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
    private static final String AGENCY_ZONE = StaffTime.class.getName() + ".agency-zone";
    private static final String BROWSER_ZONE = StaffTime.class.getName() + ".browser-zone";

    private StaffTime() {
    }

    /**
     * The staff member's zone: the one chosen in their profile, else their browser's (Vaadin learns
     * it when the page loads), else — only if neither is known — the server's.
     */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE);
        if (zone instanceof ZoneId z) {
            return z;
        }
        UI ui = UI.getCurrent();
        ZoneId browser = ui == null ? null : browserZone(ui.getPage().getExtendedClientDetails());
        if (browser == null && session != null && session.getAttribute(BROWSER_ZONE) instanceof ZoneId known) {
            // A new tab's UI has not been told yet; the session's other UIs were.
            browser = known;
        }
        return browser != null ? browser : ZoneId.systemDefault();
    }

    /** Keeps the browser's zone for the session, once a UI has learnt it (new tabs then know it from the start). */
    public static void rememberBrowserZone(com.vaadin.flow.component.page.ExtendedClientDetails details) {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = browserZone(details);
        if (session != null && zone != null) {
            session.setAttribute(BROWSER_ZONE, zone);
        }
    }

    private static ZoneId browserZone(com.vaadin.flow.component.page.ExtendedClientDetails details) {
        if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            try {
                return ZoneId.of(details.getTimeZoneId());
            } catch (java.time.DateTimeException e) {
                // an id the JDK does not know
            }
        }
        return null;
    }

    /** The profile's zone for this session (null: follow the browser). */
    public static void setZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZONE, zone);
    }

    public static void setAgencyZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(AGENCY_ZONE, zone);
    }

    /** The agency's zone, if configured. */
    public static ZoneId agencyZone() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(AGENCY_ZONE) instanceof ZoneId z ? z : null;
    }

    /**
     * "Times in Asia/Baku", plus the agency's zone when its clock differs ("· agency: UTC"): shown
     * beside every date-time picker, so that what is typed has one meaning.
     */
    public static String zoneNote(Component component) {
        ZoneId zone = zone();
        ZoneId agency = agencyZone();
        Instant now = Instant.now();
        if (agency != null && !agency.getRules().getOffset(now).equals(zone.getRules().getOffset(now))) {
            return component.getTranslation("time.zone-with-agency", zoneName(zone), zoneName(agency));
        }
        return component.getTranslation("time.zone", zoneName(zone));
    }

    /** The staff member's wall-clock time now, to the minute, as pickers propose it. */
    public static java.time.LocalDateTime nowInZone(java.time.Clock clock) {
        return java.time.LocalDateTime.ofInstant(clock.instant(), zone()).withSecond(0).withNano(0);
    }

    /** What was typed in a picker, in the staff member's zone. */
    public static Instant instant(java.time.LocalDateTime typed) {
        return typed == null ? null : typed.atZone(zone()).toInstant();
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
