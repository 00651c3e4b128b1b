package org.patternboard.app.files;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One window per user: a second {@code patternboard DESIGN} (a double-click in the file manager) hands the file
 * to the app that is already running and exits, as desktop users expect. The running app listens on a Unix
 * domain socket in the app home (Linux, macOS and Windows 10+ have them); a socket file left by a crashed app
 * is noticed (nobody answers) and replaced.
 */
public final class SingleInstance implements AutoCloseable {
    static final String SOCKET = "instance.sock";
    private static final int MAX_MESSAGE = 64 * 1024;

    private final ServerSocketChannel server;
    private final Path socket;
    private final Thread acceptor;

    private SingleInstance(ServerSocketChannel server, Path socket, Consumer<Path> opened) {
        this.server = server;
        this.socket = socket;
        this.acceptor = new Thread(() -> accept(opened), "patternboard-single-instance");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Sends the file to a running app; true when one took it (then this process should exit). */
    public static boolean handOver(AppHome home, Path file) {
        Path socket = home.dir().resolve(SOCKET);
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            ch.write(ByteBuffer.wrap((file.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.shutdownOutput();
            ByteBuffer answer = ByteBuffer.allocate(2);
            return ch.read(answer) > 0 && answer.get(0) == 'o';
        } catch (IOException | UnsupportedOperationException e) {
            return false; // nobody listening: this process becomes the app
        }
    }

    /** Starts listening for files from later launches; empty when another app holds the socket or none can be made. */
    public static Optional<SingleInstance> listen(AppHome home, Consumer<Path> opened) {
        Path socket = home.dir().resolve(SOCKET);
        try {
            Files.createDirectories(home.dir());
            if (Files.exists(socket)) {
                if (answers(socket)) {
                    return Optional.empty();
                }
                Files.delete(socket); // left by an app that did not close normally
            }
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            return Optional.of(new SingleInstance(server, socket, opened));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // no single-instance hand-over on this system; the app works without it
        }
    }

    private static boolean answers(Path socket) {
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            ch.shutdownOutput();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void accept(Consumer<Path> opened) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                ByteBuffer in = ByteBuffer.allocate(MAX_MESSAGE);
                while (ch.read(in) > 0 && in.hasRemaining()) {
                    // read until the sender shuts its side
                }
                String text = new String(in.array(), 0, in.position(), StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    opened.accept(Path.of(text));
                    ch.write(ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8)));
                }
            } catch (IOException | RuntimeException e) {
                if (!server.isOpen()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the next start replaces a stale socket file
        }
    }
}
