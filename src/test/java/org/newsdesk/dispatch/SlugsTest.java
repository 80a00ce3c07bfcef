package org.newsdesk.dispatch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ilham Aliyev a reçu le directeur général de l’OIM | ilham-aliyev-a-recu-le-directeur-general-de-loim
            Élection à Genève : « déjà » 3 candidats           | election-a-geneve-deja-3-candidats
            Əliyev Şuşada görüş keçirdi: ğ ı ç ö ü             | eliyev-susada-gorus-kecirdi-g-i-c-o-u
            Ильхам Алиев принял генерального директора МОМ     | ilham-aliev-prinal-generalnogo-direktora-mom
            """)
    void transliteratesHeadlinesToAsciiSlugs(String headline, String slug) {
        assertThat(Slugs.fromHeadline(headline)).isEqualTo(slug);
    }

    @Test
    void neverEmptyAndBounded() {
        assertThat(Slugs.fromHeadline("!!!")).isEqualTo("dispatch");
        assertThat(Slugs.fromHeadline("word ".repeat(100))).hasSizeLessThanOrEqualTo(120).doesNotEndWith("-");
    }
}
