package org.newsdesk.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.picture.TestImages;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemMediaStoreTest {

    @TempDir
    Path dir;

    @Test
    void theSameBytesAreStoredOnceUnderTheirHash() throws Exception {
        MediaStore store = store();
        byte[] jpeg = TestImages.jpeg(40, 30);
        String first = store.put(jpeg, "jpg");
        String second = store.put(jpeg.clone(), "jpg");
        assertThat(first).isEqualTo(second).matches("[0-9a-f]{64}\\.jpg");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).hasSize(1);
        }
        assertThat(store.size(first)).isEqualTo(jpeg.length);
        try (var in = store.open(first).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(jpeg);
        }
    }

    @Test
    void keysCannotNameOtherFiles() throws Exception {
        MediaStore store = store();
        assertThat(store.exists("../../etc/passwd")).isFalse();
        assertThat(store.open("..%2F..%2Fetc.jpg")).isEmpty();
        assertThat(store.size("x.jpg")).isEqualTo(-1);
    }

    private MediaStore store() throws Exception {
        return new FileSystemMediaStore(dir);
    }
}
