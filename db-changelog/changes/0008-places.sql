--liquibase formatted sql

--changeset newsdesk:0008-place
--comment: places that datelines name, each with its name per language ("Bakı", "Baku", "Bakou", "Баку")
CREATE TABLE place (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    code       VARCHAR(60) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_place_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE place;

--changeset newsdesk:0008-place-name
CREATE TABLE place_name (
    place_id BIGINT       NOT NULL,
    language VARCHAR(16)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    PRIMARY KEY (place_id, language),
    CONSTRAINT fk_place_name_place FOREIGN KEY (place_id) REFERENCES place (id) ON DELETE CASCADE,
    INDEX ix_place_name_language_name (language, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
--rollback DROP TABLE place_name;

--changeset newsdesk:0008-place-data
--comment: where the agency files from most: Azerbaijan's cities and the capitals it reports from
INSERT INTO place (code, created_at) VALUES
    ('baku', UTC_TIMESTAMP(6)), ('ganja', UTC_TIMESTAMP(6)), ('sumgayit', UTC_TIMESTAMP(6)),
    ('shusha', UTC_TIMESTAMP(6)), ('nakhchivan', UTC_TIMESTAMP(6)), ('lankaran', UTC_TIMESTAMP(6)),
    ('khankendi', UTC_TIMESTAMP(6)), ('moscow', UTC_TIMESTAMP(6)), ('paris', UTC_TIMESTAMP(6)),
    ('ankara', UTC_TIMESTAMP(6)), ('istanbul', UTC_TIMESTAMP(6)), ('tbilisi', UTC_TIMESTAMP(6)),
    ('washington', UTC_TIMESTAMP(6)), ('brussels', UTC_TIMESTAMP(6)), ('geneva', UTC_TIMESTAMP(6)),
    ('london', UTC_TIMESTAMP(6)), ('tehran', UTC_TIMESTAMP(6)), ('new-york', UTC_TIMESTAMP(6)),
    ('beijing', UTC_TIMESTAMP(6));
INSERT INTO place_name (place_id, language, name)
SELECT p.id, n.language, n.name FROM place p JOIN (
              SELECT 'baku' AS code, 'en' AS language, 'Baku' AS name
    UNION ALL SELECT 'baku', 'fr', 'Bakou'        UNION ALL SELECT 'baku', 'az', 'Bakı'          UNION ALL SELECT 'baku', 'ru', 'Баку'
    UNION ALL SELECT 'ganja', 'en', 'Ganja'       UNION ALL SELECT 'ganja', 'fr', 'Gandja'       UNION ALL SELECT 'ganja', 'az', 'Gəncə'
    UNION ALL SELECT 'ganja', 'ru', 'Гянджа'
    UNION ALL SELECT 'sumgayit', 'en', 'Sumgayit'  UNION ALL SELECT 'sumgayit', 'fr', 'Soumgaït'  UNION ALL SELECT 'sumgayit', 'az', 'Sumqayıt'
    UNION ALL SELECT 'sumgayit', 'ru', 'Сумгайыт'
    UNION ALL SELECT 'shusha', 'en', 'Shusha'     UNION ALL SELECT 'shusha', 'fr', 'Choucha'     UNION ALL SELECT 'shusha', 'az', 'Şuşa'
    UNION ALL SELECT 'shusha', 'ru', 'Шуша'
    UNION ALL SELECT 'nakhchivan', 'en', 'Nakhchivan' UNION ALL SELECT 'nakhchivan', 'fr', 'Nakhitchevan'
    UNION ALL SELECT 'nakhchivan', 'az', 'Naxçıvan'   UNION ALL SELECT 'nakhchivan', 'ru', 'Нахчыван'
    UNION ALL SELECT 'lankaran', 'en', 'Lankaran' UNION ALL SELECT 'lankaran', 'fr', 'Lankaran'   UNION ALL SELECT 'lankaran', 'az', 'Lənkəran'
    UNION ALL SELECT 'lankaran', 'ru', 'Ленкорань'
    UNION ALL SELECT 'khankendi', 'en', 'Khankendi' UNION ALL SELECT 'khankendi', 'fr', 'Khankendi'
    UNION ALL SELECT 'khankendi', 'az', 'Xankəndi'  UNION ALL SELECT 'khankendi', 'ru', 'Ханкенди'
    UNION ALL SELECT 'moscow', 'en', 'Moscow'     UNION ALL SELECT 'moscow', 'fr', 'Moscou'      UNION ALL SELECT 'moscow', 'az', 'Moskva'
    UNION ALL SELECT 'moscow', 'ru', 'Москва'
    UNION ALL SELECT 'paris', 'en', 'Paris'       UNION ALL SELECT 'paris', 'fr', 'Paris'        UNION ALL SELECT 'paris', 'az', 'Paris'
    UNION ALL SELECT 'paris', 'ru', 'Париж'
    UNION ALL SELECT 'ankara', 'en', 'Ankara'     UNION ALL SELECT 'ankara', 'fr', 'Ankara'      UNION ALL SELECT 'ankara', 'az', 'Ankara'
    UNION ALL SELECT 'ankara', 'ru', 'Анкара'
    UNION ALL SELECT 'istanbul', 'en', 'Istanbul' UNION ALL SELECT 'istanbul', 'fr', 'Istanbul'   UNION ALL SELECT 'istanbul', 'az', 'İstanbul'
    UNION ALL SELECT 'istanbul', 'ru', 'Стамбул'
    UNION ALL SELECT 'tbilisi', 'en', 'Tbilisi'   UNION ALL SELECT 'tbilisi', 'fr', 'Tbilissi'   UNION ALL SELECT 'tbilisi', 'az', 'Tbilisi'
    UNION ALL SELECT 'tbilisi', 'ru', 'Тбилиси'
    UNION ALL SELECT 'washington', 'en', 'Washington' UNION ALL SELECT 'washington', 'fr', 'Washington'
    UNION ALL SELECT 'washington', 'az', 'Vaşinqton'  UNION ALL SELECT 'washington', 'ru', 'Вашингтон'
    UNION ALL SELECT 'brussels', 'en', 'Brussels' UNION ALL SELECT 'brussels', 'fr', 'Bruxelles'  UNION ALL SELECT 'brussels', 'az', 'Brüssel'
    UNION ALL SELECT 'brussels', 'ru', 'Брюссель'
    UNION ALL SELECT 'geneva', 'en', 'Geneva'     UNION ALL SELECT 'geneva', 'fr', 'Genève'      UNION ALL SELECT 'geneva', 'az', 'Cenevrə'
    UNION ALL SELECT 'geneva', 'ru', 'Женева'
    UNION ALL SELECT 'london', 'en', 'London'     UNION ALL SELECT 'london', 'fr', 'Londres'     UNION ALL SELECT 'london', 'az', 'London'
    UNION ALL SELECT 'london', 'ru', 'Лондон'
    UNION ALL SELECT 'tehran', 'en', 'Tehran'     UNION ALL SELECT 'tehran', 'fr', 'Téhéran'     UNION ALL SELECT 'tehran', 'az', 'Tehran'
    UNION ALL SELECT 'tehran', 'ru', 'Тегеран'
    UNION ALL SELECT 'new-york', 'en', 'New York' UNION ALL SELECT 'new-york', 'fr', 'New York'   UNION ALL SELECT 'new-york', 'az', 'Nyu-York'
    UNION ALL SELECT 'new-york', 'ru', 'Нью-Йорк'
    UNION ALL SELECT 'beijing', 'en', 'Beijing'   UNION ALL SELECT 'beijing', 'fr', 'Pékin'      UNION ALL SELECT 'beijing', 'az', 'Pekin'
    UNION ALL SELECT 'beijing', 'ru', 'Пекин'
) n ON n.code = p.code;
--rollback DELETE FROM place_name; DELETE FROM place;
