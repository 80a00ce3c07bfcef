package org.newsdesk.picture;

import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.dispatch.DispatchValidationException;
import org.newsdesk.dispatch.PublishCheck;
import org.newsdesk.media.MediaStore;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.workflow.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The newsroom's pictures: upload (checked, prefilled from the file's metadata, rendered once), texts and
 * credits, order (the first is the lead), reuse from the library. Whoever may edit a dispatch — its writer
 * while it is theirs, editors — may change its pictures; the check is here, whatever the UI shows.
 * Heavy work (decoding, renditions, writing files) runs before any transaction: no connection is held
 * while pixels are crunched.
 */
@Service
@PreAuthorize("hasAnyRole('WRITER', 'EDITOR')")
public class Pictures implements PublishCheck {

    private static final Logger log = LoggerFactory.getLogger(Pictures.class);

    private final PictureStore store;
    private final MediaStore media;
    private final ImageProcessing processing;
    private final DispatchService dispatches;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;

    Pictures(PictureStore store, MediaStore media, ImageProcessing processing, DispatchService dispatches,
             CurrentUser currentUser, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.media = media;
        this.processing = processing;
        this.dispatches = dispatches;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Checks the file, stores it (once, by content) with its renditions and attaches it to the dispatch, its
     * fields prefilled from the photo's own metadata. A bad file throws {@link PictureRejectedException}
     * and leaves nothing behind.
     */
    public UploadOutcome upload(long dispatchId, String fileName, byte[] bytes) {
        DispatchDetails dispatch = requireEditable(dispatchId);
        String language = dispatch.draft().language();
        ImageProcessing.Inspection inspection = processing.inspect(bytes);
        String originalKey = MediaStore.keyOf(bytes, inspection.format().extension());
        Optional<Long> known = inTx(() -> store.byOriginal(originalKey));
        if (known.isPresent()) {
            return reuse(dispatchId, language, known.get());
        }
        EmbeddedMetadata md = MetadataReading.read(bytes);
        var upright = processing.normalise(processing.decode(bytes, inspection), md.orientation());
        List<Rendition> renditions;
        List<String> keys = new ArrayList<>();
        try {
            renditions = processing.renditions(upright);
            media.put(bytes, inspection.format().extension());
            for (Rendition r : renditions) {
                keys.add(media.put(r.bytes(), r.format().extension()));
            }
        } catch (IOException e) {
            log.error("Could not store picture {}: {}", fileName, e.toString());
            throw new UncheckedIOException(e);
        }
        long me = currentUser.require().accountId();
        try {
            long id = inTx(() -> {
                long pictureId = store.insert(originalKey, inspection.format(), upright.getWidth(), upright.getHeight(),
                        bytes.length, fileName, md, me, clock.instant());
                for (int i = 0; i < renditions.size(); i++) {
                    store.insertRendition(pictureId, renditions.get(i), keys.get(i));
                }
                store.prefillText(pictureId, language, PictureStore.cut(md.caption(), 5000), md.altText());
                store.attach(dispatchId, pictureId);
                return pictureId;
            });
            return new UploadOutcome(find(dispatchId, language, id), false);
        } catch (DuplicateKeyException e) {
            // The same file, uploaded at the same moment by someone else: theirs is the one.
            return reuse(dispatchId, language, inTx(() -> store.byOriginal(originalKey)).orElseThrow());
        }
    }

    private UploadOutcome reuse(long dispatchId, String language, long pictureId) {
        inTx(() -> {
            store.attach(dispatchId, pictureId);
            return null;
        });
        return new UploadOutcome(find(dispatchId, language, pictureId), true);
    }

    /** A library picture into another dispatch (at the end of its gallery, or as its lead if it has none). */
    public DispatchPicture attach(long dispatchId, long pictureId) {
        DispatchDetails dispatch = requireEditable(dispatchId);
        if (!inTx(() -> store.exists(pictureId))) {
            throw new IllegalArgumentException("No picture " + pictureId);
        }
        return reuse(dispatchId, dispatch.draft().language(), pictureId).picture();
    }

    /** The dispatch's pictures in order, with their texts in its language (any staff member who may open it). */
    @PreAuthorize("isAuthenticated()")
    public List<DispatchPicture> ofDispatch(long dispatchId) {
        DispatchDetails dispatch = dispatches.get(dispatchId);
        return inTx(() -> store.ofDispatch(dispatchId, dispatch.draft().language()));
    }

    /** Caption and alt text in the dispatch's language; photographer, credit and copyright for every language. */
    public DispatchPicture update(long dispatchId, long pictureId, PictureEdit edit) {
        DispatchDetails dispatch = requireEditable(dispatchId);
        requireAttached(dispatchId, pictureId);
        String language = dispatch.draft().language();
        String alt = PictureStore.cut(edit.altText(), PictureEdit.ALT_MAX + 1);
        if (alt != null && alt.length() > PictureEdit.ALT_MAX) {
            throw new DispatchValidationException(Map.of("altText", "picture.error.alt-too-long"));
        }
        inTx(() -> {
            store.saveText(pictureId, language, PictureStore.cut(edit.caption(), 5000), alt);
            store.saveCredits(pictureId, PictureStore.cut(edit.creator(), PictureEdit.CREDIT_MAX),
                    PictureStore.cut(edit.credit(), PictureEdit.CREDIT_MAX), PictureStore.cut(edit.copyright(), PictureEdit.COPYRIGHT_MAX));
            return null;
        });
        return find(dispatchId, language, pictureId);
    }

    /** New order of the dispatch's pictures: the first is the lead. Pictures not named keep their order after these. */
    public List<DispatchPicture> reorder(long dispatchId, List<Long> pictureIds) {
        DispatchDetails dispatch = requireEditable(dispatchId);
        String language = dispatch.draft().language();
        return inTx(() -> {
            List<Long> current = store.ofDispatch(dispatchId, language).stream().map(DispatchPicture::pictureId).toList();
            List<Long> order = new ArrayList<>(pictureIds.stream().filter(current::contains).distinct().toList());
            current.stream().filter(id -> !order.contains(id)).forEach(order::add);
            store.order(dispatchId, order);
            return store.ofDispatch(dispatchId, language);
        });
    }

    /** Off this dispatch; the picture stays in the library (and in other dispatches). */
    public List<DispatchPicture> detach(long dispatchId, long pictureId) {
        DispatchDetails dispatch = requireEditable(dispatchId);
        String language = dispatch.draft().language();
        return inTx(() -> {
            store.detach(dispatchId, pictureId);
            store.order(dispatchId, store.ofDispatch(dispatchId, language).stream().map(DispatchPicture::pictureId).toList());
            return store.ofDispatch(dispatchId, language);
        });
    }

    public List<LibraryPicture> search(String text, LocalDate takenFrom, LocalDate takenTo, int limit) {
        return inTx(() -> store.search(text, takenFrom, takenTo, Math.max(1, Math.min(limit, 200))));
    }

    /** A stored rendition's bytes, for the newsroom's own display of pictures not (yet) public. */
    @PreAuthorize("isAuthenticated()")
    public Optional<InputStream> open(String mediaKey) {
        try {
            return media.open(mediaKey);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Every picture needs alt text in the dispatch's language before the dispatch goes public. */
    @Override
    @PreAuthorize("isAuthenticated()")
    public void beforePublishing(long dispatchId, String language) {
        List<DispatchPicture> pictures = store.ofDispatch(dispatchId, language);
        for (int i = 0; i < pictures.size(); i++) {
            DispatchPicture p = pictures.get(i);
            if (!p.hasAltText()) {
                throw new DispatchValidationException(Map.of("pictures", "picture.error.alt-required"),
                        Map.of("pictures", List.of(i + 1, p.originalName() == null ? "" : p.originalName())));
            }
        }
    }

    private DispatchPicture find(long dispatchId, String language, long pictureId) {
        return inTx(() -> store.ofDispatch(dispatchId, language)).stream().filter(p -> p.pictureId() == pictureId)
                .findFirst().orElseThrow();
    }

    private void requireAttached(long dispatchId, long pictureId) {
        if (!inTx(() -> store.attached(dispatchId, pictureId))) {
            throw new IllegalArgumentException("Picture " + pictureId + " is not in dispatch " + dispatchId);
        }
    }

    /** Editing rights on the dispatch: the workflow's EDIT (its writer while it is theirs, editors), lock included. */
    private DispatchDetails requireEditable(long dispatchId) {
        DispatchDetails d = dispatches.get(dispatchId);
        var me = currentUser.require();
        if (!d.allowedActions().contains(WorkflowAction.EDIT) || !(me.hasRole(Role.WRITER) || me.hasRole(Role.EDITOR))) {
            throw new AccessDeniedException("May not change the pictures of dispatch " + dispatchId);
        }
        return d;
    }

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
