package dev.commis.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive hold on a data folder for as long as one Commis process uses it: a lock file held
 * with {@link FileChannel#tryLock()}, the holder's pid written in it. A second process on the
 * same folder would send every reminder twice, so it is refused with a message naming the folder
 * and the pid of the process that holds it. The operating system releases the lock when the
 * holder ends, however it ends (even by SIGKILL), so a stale lock file never blocks a restart.
 */
public final class DataFolderLock implements AutoCloseable {

    /** The lock file's name inside the data folder. */
    public static final String FILE_NAME = "commis.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data folder {@code folder} (which must exist) for this process.
     *
     * @throws StoreException when another process holds it (naming it) or the lock file cannot be used
     */
    public static DataFolderLock take(Path folder) throws StoreException {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot create the lock file " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StoreException("the data folder " + folder.toAbsolutePath() + " is in use by another Commis process ("
                        + (holder.isEmpty() ? "pid unknown" : "pid " + holder) + "); stop that one first, or give this one"
                        + " another data folder ('data' setting or COMMIS_DATA)", null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock the data folder " + folder.toAbsolutePath() + " (" + file + ": "
                    + e.getMessage() + ")", e);
        }
    }

    /** The pid the holder wrote, or "" when it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,19}") ? text : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** Gives the folder up; the lock file stays, harmless, for the next process to take. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }
}
