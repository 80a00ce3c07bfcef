package org.newsdesk.site;

import org.newsdesk.dispatch.PublishedDispatch;
import org.newsdesk.dispatch.PublishedDispatches;
import org.newsdesk.dispatch.SectionLabel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** The public site: home, editions, sections and articles. Reads only what is published. */
@Controller
class SiteController {

    static final int LIST_SIZE = 30;

    private final PublishedDispatches published;
    private final SiteChromeFactory chrome;

    SiteController(PublishedDispatches published, SiteChromeFactory chrome) {
        this.published = published;
        this.chrome = chrome;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("chrome", chrome.general());
        model.addAttribute("heading", null);
        model.addAttribute("items", published.latest(LIST_SIZE));
        return "site/list";
    }

    @GetMapping("/{lang:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*}/")
    String edition(@PathVariable String lang, Model model) {
        requireEdition(lang);
        var page = chrome.forEdition(lang, null);
        model.addAttribute("chrome", page);
        model.addAttribute("heading", page.t().get("edition." + lang));
        model.addAttribute("items", published.latestInEdition(lang, LIST_SIZE));
        return "site/list";
    }

    @GetMapping("/{lang:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*}/{section:[a-z0-9-]+}/")
    String section(@PathVariable String lang, @PathVariable String section, Model model) {
        requireEdition(lang);
        var page = chrome.forEdition(lang, section);
        SectionLabel label = page.sections().stream().filter(s -> s.code().equals(section)).findFirst()
                .orElseThrow(SiteController::notFound);
        model.addAttribute("chrome", page);
        model.addAttribute("heading", label.label());
        model.addAttribute("items", published.latestInSection(lang, section, LIST_SIZE));
        return "site/list";
    }

    @GetMapping("/{lang:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*}/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]+}")
    String article(@PathVariable String lang, @PathVariable int year, @PathVariable int month,
                   @PathVariable int day, @PathVariable String slug, Model model) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw notFound();
        }
        PublishedDispatch article = published.find(lang, date, slug).orElseThrow(SiteController::notFound);
        var page = chrome.forEdition(lang, article.sectionCode());
        model.addAttribute("chrome", page);
        model.addAttribute("article", article);
        model.addAttribute("sectionLabel", page.sections().stream()
                .filter(s -> s.code().equals(article.sectionCode())).map(SectionLabel::label).findFirst().orElse(null));
        return "site/article";
    }

    private void requireEdition(String lang) {
        List<String> editions = chrome.editions();
        if (!editions.contains(lang)) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
