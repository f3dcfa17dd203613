package org.strategyatlas.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Only one run writes to an output root at a time. The lock is an operating-system lock on
 * {@code <out>/.atlas.lock}: it is released when the process ends, however it ends (SIGKILL included), so it
 * can never outlive a killed run. The file itself stays; it only says who held the lock last.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE = ".atlas.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code outRoot}, waiting for it when {@code wait} is true.
     *
     * @throws OutputBusyException when another run holds it and {@code wait} is false
     */
    static OutputLock acquire(Path outRoot, boolean wait) throws IOException, OutputBusyException {
        Files.createDirectories(outRoot);
        Path file = outRoot.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = wait ? lockWaiting(channel) : tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                throw new OutputBusyException("another atlas run is writing to " + outRoot
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + "; wait for it to finish, or pass --wait to queue behind it");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputLock(channel, lock);
        } catch (IOException | OutputBusyException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM
        }
    }

    private static FileLock lockWaiting(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                // held by this very JVM (tests): poll until released
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the output lock", interrupted);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
