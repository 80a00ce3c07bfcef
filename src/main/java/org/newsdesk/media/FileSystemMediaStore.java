package org.newsdesk.media;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keys as files under {@code NEWSDESK_MEDIA_DIR} (default {@code data/media}, git-ignored), fanned out
 * by the key's first two pairs of hex digits ({@code 3f/a2/3fa2….jpg}) so no folder grows huge. Writes
 * go to a temporary file first and are moved into place, so a reader never sees half a file.
 */
@Component
class FileSystemMediaStore implements MediaStore {

    private static final Logger log = LoggerFactory.getLogger(FileSystemMediaStore.class);

    private final Path root;

    FileSystemMediaStore(@Value("${newsdesk.media.dir:data/media}") Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
        log.info("Pictures are stored in {}", this.root);
    }

    @Override
    public String put(byte[] bytes, String extension) throws IOException {
        String key = MediaStore.keyOf(bytes, extension);
        Path target = path(key);
        if (Files.exists(target)) {
            return key;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            // Another upload of the same bytes won the race: same content, nothing to do.
        } finally {
            Files.deleteIfExists(temp);
        }
        return key;
    }

    @Override
    public boolean exists(String key) {
        return MediaStore.validKey(key) && Files.isRegularFile(path(key));
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        if (!exists(key)) {
            return Optional.empty();
        }
        return Optional.of(Files.newInputStream(path(key)));
    }

    @Override
    public long size(String key) {
        try {
            return exists(key) ? Files.size(path(key)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private Path path(String key) {
        if (!MediaStore.validKey(key)) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
