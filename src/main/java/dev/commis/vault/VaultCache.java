package dev.commis.vault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last run read of a vault, kept in the data folder so that a restart re-parses only
 * the files whose size or modification time changed. The cache is a speed-up, never a source of
 * truth: one that is missing, from another vault or another version of Commis, or damaged is
 * ignored, and a write that fails only costs the next start its speed.
 */
public final class VaultCache {

    private static final Logger LOG = LoggerFactory.getLogger(VaultCache.class);

    /** Changes whenever what is written (or how recipes are parsed) changes, so that an old cache is ignored. */
    static final String FORMAT = "commis-vault-cache-2";

    private final Path file;

    /** @param file where the cache is kept, usually {@code data/vault-cache.bin} */
    public VaultCache(Path file) {
        this.file = file;
    }

    /** The cached entries of the vault at {@code root}, by path; empty when there is no usable cache. */
    Map<String, VaultSnapshot.FileEntry> read(Path root) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF()) || !version().equals(in.readUTF())
                    || !root.toAbsolutePath().normalize().toString().equals(in.readUTF())) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, VaultSnapshot.FileEntry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                VaultSnapshot.FileEntry entry = RecipeCodec.read(in);
                entries.put(entry.path(), entry);
            }
            return entries;
        } catch (NoSuchFileException first) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the vault cache {} ({}); every recipe is read again", file, e.toString());
            return Map.of();
        }
    }

    /** Replaces the cache with {@code entries} of the vault at {@code root}, atomically. */
    void write(Path root, Collection<VaultSnapshot.FileEntry> entries) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(version());
                out.writeUTF(root.toAbsolutePath().normalize().toString());
                out.writeInt(entries.size());
                for (VaultSnapshot.FileEntry entry : entries) {
                    RecipeCodec.write(out, entry);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the vault cache {} ({}); the next start reads every recipe", file, e.toString());
        }
    }

    /**
     * The build of Commis (its version and when its code was built), so that a new build, which
     * may parse differently, starts afresh.
     */
    private static String version() {
        String version = VaultCache.class.getPackage().getImplementationVersion();
        long built;
        try {
            built = Files.getLastModifiedTime(Path.of(VaultCache.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
                    .toMillis();
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            built = 0;
        }
        return (version == null ? "development" : version) + "@" + built;
    }
}
