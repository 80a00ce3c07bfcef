package org.newsdesk.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineFormatterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Bakou  | 2023-03-01 | AZERTAC  | Bakou, 1er mars, AZERTAC
            fr | Paris  | 2023-03-02 | AZERTAC  | Paris, 2 mars, AZERTAC
            en | Baku   | 2023-03-01 | AZERTAC  | Baku, March 1, AZERTAC
            az | Bakı   | 2023-03-01 | AZƏRTAC  | Bakı, 1 mart, AZƏRTAC
            ru | Баку   | 2023-03-01 | АЗЕРТАДЖ | Баку, 1 марта, АЗЕРТАДЖ
            ru | Москва | 2023-05-09 | АЗЕРТАДЖ | Москва, 9 мая, АЗЕРТАДЖ
            """)
    void rendersTheDatelineInTheDispatchLanguage(String lang, String place, LocalDate date, String agency, String expected) {
        assertThat(DatelineFormatter.format(new Dateline(place, date), lang, agency)).isEqualTo(expected);
    }
}
