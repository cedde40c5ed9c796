package cn.wast.capacity.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;

/**
 * A TCP proxy in front of an SMTP server that misbehaves as a flaky mail relay does. Of the
 * connections it accepts, a share is refused outright (it answers {@code 421}, "service not
 * available, try again later", and hangs up) and a share is dropped in the middle of the message
 * (everything the client sends is passed on until the end of the message's data, then both sides
 * are cut, so that the server discards the half-received message and the client sees the
 * connection die); the rest pass through untouched. The choice is drawn from a seeded random, so
 * a run is repeatable.
 */
public final class FaultySmtpProxy implements AutoCloseable {

  private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final int targetPort;
  private final double refuseShare;
  private final double dropShare;
  private final Random random;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "faulty-smtp-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();

  public FaultySmtpProxy(int targetPort, double refuseShare, double dropShare, long seed) {
    this.targetPort = targetPort;
    this.refuseShare = refuseShare;
    this.dropShare = dropShare;
    this.random = new Random(seed);
    try {
      this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.execute(this::accept);
  }

  public int port() {
    return listener.getLocalPort();
  }

  public int connections() {
    return connections.get();
  }

  public int refused() {
    return refused.get();
  }

  public int dropped() {
    return dropped.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        connections.incrementAndGet();
        double draw;
        synchronized (random) {
          draw = random.nextDouble();
        }
        threads.execute(() -> serve(client, draw));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client, double draw) {
    try (client) {
      if (draw < refuseShare) {
        refused.incrementAndGet();
        client.getOutputStream().write("421 4.3.2 Service not available, try again later\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
        return;
      }
      boolean drop = draw < refuseShare + dropShare;
      try (Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
        // Each side's lines pass at once (no Nagle), and what arrives is acknowledged at once
        // (quickAck): otherwise every multi-line reply waits for a delayed acknowledgement, 40 ms
        // on Linux, once per hop and connection, which made the sending most of the test's time.
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        threads.execute(() -> pipe(server, client, false));
        if (pipe(client, server, drop)) {
          dropped.incrementAndGet();
        }
      }
    } catch (IOException connectionGone) {
      // the other side hung up: what a real relay's client sees too
    }
  }

  /** Copies until either side closes; with {@code cutAtEndOfData}, cuts instead of passing on the message's end. */
  private static boolean pipe(Socket from, Socket to, boolean cutAtEndOfData) {
    byte[] buffer = new byte[8192];
    byte[] recent = new byte[0];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int read;
      quickAck(from);
      while ((read = in.read(buffer)) >= 0) {
        quickAck(from);
        if (cutAtEndOfData) {
          byte[] window = new byte[recent.length + read];
          System.arraycopy(recent, 0, window, 0, recent.length);
          System.arraycopy(buffer, 0, window, recent.length, read);
          if (indexOf(window, END_OF_DATA) >= 0) {
            from.close();
            to.close();
            return true;
          }
          int keep = Math.min(window.length, END_OF_DATA.length - 1);
          recent = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
        }
        out.write(buffer, 0, read);
        out.flush();
      }
      to.shutdownOutput();
    } catch (IOException closed) {
      // one side is gone
    }
    return false;
  }

  /**
   * Asks the kernel to acknowledge what arrives on {@code socket} at once; the SMTP server's
   * socket keeps Nagle's algorithm, so its second line of a reply waits for that acknowledgement.
   * The option lapses by itself, so it is set again after every read.
   */
  private static void quickAck(Socket socket) throws IOException {
    if (socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK)) {
      socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }
}
