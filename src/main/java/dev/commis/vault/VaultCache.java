package dev.commis.vault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last run read of a vault, kept in the data folder so that a restart re-parses only
 * the files whose size or modification time changed. The cache is a speed-up, never a source of
 * truth: one that is missing, from another vault or another build of Commis, or damaged is
 * ignored, and a write that fails only costs the next start its speed. The file ends with a
 * checksum of everything before it, checked before anything is decoded, so that a damaged count
 * can never make the reader allocate what the file does not hold.
 */
public final class VaultCache {

    private static final Logger LOG = LoggerFactory.getLogger(VaultCache.class);

    /** Changes whenever what is written (or how recipes are parsed) changes, so that an old cache is ignored. */
    static final String FORMAT = "commis-vault-cache-4"; // 4: Step.section
    /** The fewest bytes one entry takes (path length, size, time, repaired, problem count, recipe flag). */
    private static final int MIN_ENTRY_BYTES = 4 + 8 + 8 + 1 + 4 + 1;
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private final Path file;
    private final String build;

    /** @param file where the cache is kept, usually {@code data/vault-cache.bin} */
    public VaultCache(Path file) {
        this(file, BuildFingerprint.current());
    }

    /** @param build identifies the code that writes and reads the cache; another build's cache is ignored */
    VaultCache(Path file, String build) {
        this.file = file;
        this.build = build;
    }

    /** The cached entries of the vault at {@code root}, by path; empty when there is no usable cache. */
    Map<String, VaultSnapshot.FileEntry> read(Path root) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size < CHECKSUM_BYTES || !checksumHolds(channel, size)) {
                LOG.warn("Ignoring the vault cache {} (damaged: its checksum does not match); every recipe is read again", file);
                return Map.of();
            }
            channel.position(0);
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
            if (!FORMAT.equals(in.readUTF()) || !build.equals(in.readUTF())
                    || !root.toAbsolutePath().normalize().toString().equals(in.readUTF())) {
                return Map.of();
            }
            int count = in.readInt();
            if (count < 0 || count > size / MIN_ENTRY_BYTES) {
                throw new IOException("corrupt cache: " + count + " entries in " + size + " bytes");
            }
            Map<String, VaultSnapshot.FileEntry> entries = new HashMap<>();
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

    private static boolean checksumHolds(FileChannel channel, long size) throws IOException {
        CRC32C crc = new CRC32C();
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
        byte[] buffer = new byte[1 << 16];
        for (long left = size - CHECKSUM_BYTES; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return false;
            }
            crc.update(buffer, 0, n);
            left -= n;
        }
        ByteBuffer stored = ByteBuffer.allocate(CHECKSUM_BYTES);
        channel.position(size - CHECKSUM_BYTES);
        while (stored.hasRemaining() && channel.read(stored) >= 0) {
            // reads the last eight bytes
        }
        return !stored.hasRemaining() && stored.flip().getLong() == crc.getValue();
    }

    /** Replaces the cache with {@code entries} of the vault at {@code root}, atomically. */
    void write(Path root, Collection<VaultSnapshot.FileEntry> entries) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            CRC32C crc = new CRC32C();
            try (BufferedOutputStream raw = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
                out.writeUTF(FORMAT);
                out.writeUTF(build);
                out.writeUTF(root.toAbsolutePath().normalize().toString());
                out.writeInt(entries.size());
                for (VaultSnapshot.FileEntry entry : entries) {
                    RecipeCodec.write(out, entry);
                }
                out.flush();
                new DataOutputStream(raw).writeLong(crc.getValue());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the vault cache {} ({}); the next start reads every recipe", file, e.toString());
        }
    }
}
