package org.concurrencykit.jcstress.gate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Child processes for {@link WatchdogTest}: {@code main("tree")} starts a grandchild, prints
 * both pids and blocks; {@code main("block")} prints one line and blocks; {@code main("exit")}
 * prints two lines and exits with 3. Blocking waits on a latch nobody opens.
 */
public final class ChildProcesses {
    private ChildProcesses() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        switch (args[0]) {
            case "tree" -> {
                Process grandchild = new ProcessBuilder(command("block"))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                System.out.println("child " + ProcessHandle.current().pid());
                System.out.println("grandchild " + grandchild.pid());
                System.out.flush();
                new CountDownLatch(1).await();
            }
            case "block" -> {
                System.out.println("blocking " + ProcessHandle.current().pid());
                System.out.flush();
                new CountDownLatch(1).await();
            }
            default -> {
                System.out.println("one");
                System.err.println("two");
                System.exit(3);
            }
        }
    }

    /** The command that runs {@code main(mode)} in a new JVM. */
    static List<String> command(String mode) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes().toString(), ChildProcesses.class.getName(), mode);
    }

    private static Path classes() {
        try {
            return Path.of(ChildProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
