package dev.commis.vault;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the code of this build of Commis by its content, so that a cache written by another
 * build (which may parse differently) is never taken for this one's. A modification time is not
 * enough: a recompile leaves {@code target/classes}' own time unchanged. For a jar the digest
 * covers each entry's name, size and CRC from the jar's directory (no entry is decompressed); for
 * a folder of classes, every file's name and bytes.
 */
final class BuildFingerprint {

    private static final String CURRENT = compute();

    private BuildFingerprint() {
    }

    /** This build's version (from the jar's manifest) and the digest of its code. */
    static String current() {
        return CURRENT;
    }

    private static String compute() {
        String version = BuildFingerprint.class.getPackage().getImplementationVersion();
        String digest;
        try {
            digest = of(Path.of(BuildFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            digest = "unknown-" + ProcessHandle.current().pid(); // never matches a later run: no cache rather than a wrong one
        }
        return (version == null ? "development" : version) + "@" + digest;
    }

    /** The digest of the code at {@code location}: a jar file or a folder of classes. */
    static String of(Path location) throws IOException {
        MessageDigest digest = sha256();
        if (Files.isDirectory(location)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    digest.update((entry.getName() + "|" + entry.getSize() + "|" + entry.getCrc() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
