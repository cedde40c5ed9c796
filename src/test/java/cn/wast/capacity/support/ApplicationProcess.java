package cn.wast.capacity.support;

import cn.wast.capacity.CapacityAwardApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, started from the main classes and their dependencies
 * (the test classes are left out, so that nothing of the tests is scanned) in a working directory
 * of the test's, so that the embedded default's relative H2 file lands there. Each start gets a
 * free HTTP port; the log is appended to {@code <directory>/application.log}.
 */
public final class ApplicationProcess implements AutoCloseable {

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

  private final Path directory;
  private final List<String> arguments;
  private Process process;
  private int port;

  public ApplicationProcess(Path directory, List<String> arguments) {
    this.directory = directory;
    this.arguments = arguments;
  }

  /** Starts the application; returns when {@code /actuator/health} answers UP. */
  public ApplicationProcess start() {
    port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Shanghai", "-cp", mainClassPath(), CapacityAwardApplication.class.getName(),
        "--server.port=" + port));
    command.addAll(arguments);
    try {
      process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log())).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitUp();
    return this;
  }

  public int port() {
    return port;
  }

  public File log() {
    return directory.resolve("application.log").toFile();
  }

  /** SIGKILL: the JVM ends at once, with whatever it had not written. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** Stops the application as its service would (SIGTERM, Spring's orderly shutdown). */
  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
      waitForExit();
    }
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitUp() {
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited (" + process.exitValue() + "):\n" + logTail());
      }
      try {
        String health = WebappSession.anonymous(port).get("/actuator/health").text();
        // the overall status, not a component's: it stands first or last in the body
        if (health.startsWith("{\"status\":\"UP\"") || health.endsWith("\"status\":\"UP\"}")) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        // the port opens late in the start
      }
      pause();
    }
    throw new IllegalStateException("no UP within " + STARTUP_LIMIT + ":\n" + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log().toPath());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** This JVM's class path without the test classes. */
  private static String mainClassPath() {
    String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
