package org.newsdesk.syndication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.publication.PublicationVersions;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of machine outputs share: each test works in an edition of its own ({@link TestEdition})
 * that it leaves killed, and the test clock is reset after it.
 */
@IntegrationTest
abstract class OutputsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    PublicationVersions versions;

    @Autowired
    Newsroom newsroom;

    TestEdition desk;
    Outputs out;

    @BeforeEach
    void newEdition() {
        desk = newsroom.newEdition();
        out = new Outputs(mvc);
    }

    @AfterEach
    void leaveEdition() {
        clock.reset();
        desk.cleanUp();
    }
}
