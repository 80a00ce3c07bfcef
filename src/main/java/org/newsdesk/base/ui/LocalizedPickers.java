package org.newsdesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.newsdesk.base.i18n.LocaleText;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date pickers format dates for the UI locale by themselves, but their calendar (month and
 * day names, first day of the week, "Today", "Cancel") is English unless told: this tells them,
 * from the JDK's CLDR data for the locale and the message bundles.
 */
public final class LocalizedPickers {

    private LocalizedPickers() {
    }

    public static void localize(DatePicker picker) {
        picker.setI18n(i18n(picker.getLocale(), picker.getTranslation("common.today"), picker.getTranslation("common.cancel")));
    }

    public static void localize(DateTimePicker picker) {
        picker.setDatePickerI18n(i18n(picker.getLocale(), picker.getTranslation("common.today"),
                picker.getTranslation("common.cancel")));
        // Its two inputs need names of their own: "Date and time – date", "Date and time – time".
        String label = picker.getLabel() == null ? "" : picker.getLabel() + " – ";
        picker.setDateAriaLabel(label + picker.getTranslation("common.date"));
        picker.setTimeAriaLabel(label + picker.getTranslation("common.time"));
    }

    static DatePicker.DatePickerI18n i18n(Locale locale, String today, String cancel) {
        // Vaadin lists weekdays from Sunday and counts the first day of the week from Sunday = 0.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> capitalized(d.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> capitalized(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale)).toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale))
                .setToday(today)
                .setCancel(cancel);
    }

    /** By the language's likely country: "az" → Azerbaijan (Monday), "en" → United States (Sunday). */
    static int firstDayOfWeek(Locale locale) {
        Locale withCountry = locale.getCountry().isEmpty()
                ? com.ibm.icu.util.ULocale.addLikelySubtags(com.ibm.icu.util.ULocale.forLocale(locale)).toLocale() : locale;
        return WeekFields.of(withCountry).getFirstDayOfWeek().getValue() % 7;
    }

    private static String capitalized(String name, Locale locale) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return LocaleText.upper(name.substring(0, first), locale) + name.substring(first);
    }
}
