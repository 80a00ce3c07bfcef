package org.newsdesk.dispatch;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface DispatchRepository extends JpaRepository<Dispatch, Long> {

    Optional<Dispatch> findByLanguageAndSlug(String language, String slug);
}
