package org.newsdesk;

import com.vaadin.browserless.SpringBrowserlessTest;

import java.util.Set;

/** Base of the browserless view tests: every newsroom route is known, whatever the test's package. */
public abstract class NewsroomViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.newsdesk");
    }
}
